package org.disclosurelake.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks of path arguments before Spark starts, so a typo fails in a second with one line. */
final class LocalPaths {

  // hdfs://, s3a://, file: … and globs are left to Spark
  private static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  private static final Pattern GLOB = Pattern.compile(".*[*?\\[{].*");

  private LocalPaths() {}

  static void expectExisting(CommandLine cli, String option, String value) {
    boolean leftToSpark = URI.matcher(value).matches() || GLOB.matcher(value).matches();
    if (!leftToSpark && !Files.exists(Path.of(value))) {
      throw new ParameterException(cli, "Cannot read " + option + ": no such file or folder: " + value);
    }
  }
}
