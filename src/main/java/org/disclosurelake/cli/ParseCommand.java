package org.disclosurelake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.report.ParseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parse}: run the parser on files without Spark and print what it found. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parse files without starting Spark; print a summary per file, or one JSON object per line.")
final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per file per line.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (text, HTML, PDF, …).")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportParser parser = new ReportParser();
    int code = 0;
    for (Path file : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        err.printf("parse: Cannot read %s: %s%n", file, e.getMessage() == null ? e : e.getMessage());
        code = Main.FAILED;
        continue;
      }
      ParseResult result = parser.parse(bytes, file.toString());
      out.println(json ? ReportJson.toJson(result) : ReportText.describe(result));
    }
    out.flush();
    err.flush();
    return code;
  }
}
