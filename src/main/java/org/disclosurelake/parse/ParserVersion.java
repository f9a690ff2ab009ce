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
 * {@code 0.1.0+3f2a9c81d0e4}. The agency resolver's version is written and read the same way
 * ({@value #RESOLVER_RESOURCE}).
 */
public final class ParserVersion {

  /** The resource the build writes at the root of the classes folder. */
  static final String RESOURCE = "parser-version.properties";

  /** The property holding the version. */
  static final String KEY = "parser.version";

  /** The resource of the agency resolver's version: its code and data (aliases, zones, gazetteer) hashed. */
  static final String RESOLVER_RESOURCE = "resolver-version.properties";

  /** The property holding the resolver's version. */
  static final String RESOLVER_KEY = "resolver.version";

  private ParserVersion() {}

  /** The version in {@value #RESOURCE} as this class's loader finds it first. */
  static String load() {
    return load(RESOURCE, KEY);
  }

  /**
   * The agency resolver's version in {@value #RESOLVER_RESOURCE}: the derived tables resolve agencies with it, so
   * it is part of their fingerprint (a new alias changes {@code agencies} and every table grouped by agency).
   */
  public static String resolver() {
    return load(RESOLVER_RESOURCE, RESOLVER_KEY);
  }

  private static String load(String resource, String key) {
    try (InputStream in = ParserVersion.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find " + resource + " on the classpath: the build writes it in"
            + " process-classes (mvn -DskipTests package), not the IDE's compiler");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      String version = p.getProperty(key, "").strip();
      if (version.isEmpty()) {
        throw new IllegalStateException("Cannot read the version: no " + key + " in " + resource);
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
