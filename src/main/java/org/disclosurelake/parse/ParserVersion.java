package org.disclosurelake.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The parser version of this build, read once from {@value #RESOURCE}, which the build writes
 * ({@link ParserFingerprint}): the project version plus a hash of the parser's code and data, e.g.
 * {@code 0.1.0+3f2a9c81d0e4}.
 */
final class ParserVersion {

  /** The resource the build writes at the root of the classes folder. */
  static final String RESOURCE = "parser-version.properties";

  /** The property holding the version. */
  static final String KEY = "parser.version";

  private ParserVersion() {}

  /** The version in {@value #RESOURCE} as this class's loader finds it first. */
  static String load() {
    try (InputStream in = ParserVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find " + RESOURCE + " on the classpath: the build writes it in"
            + " process-classes (mvn -DskipTests package), not the IDE's compiler");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      String version = p.getProperty(KEY, "").strip();
      if (version.isEmpty()) {
        throw new IllegalStateException("Cannot read the parser version: no " + KEY + " in " + RESOURCE);
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }
}
