package org.disclosurelake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: {@code report} ← {@code parse} ← {@code spark} ← {@code cli}, with the tools
 * ({@code generate}, {@code accuracy}, {@code bench}) beside the job, using it and never used by it; only the Spark
 * job, the benchmark and the command line use Spark.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of(System.getProperty("project.basedir", "."), "src/main/java");
  private static final Pattern OUR_IMPORT = Pattern.compile("org\\.disclosurelake\\.([a-z]+)\\.");

  /** What each package may use of ours; a package missing here fails the test, so a new one gets a rule. */
  private static final Map<String, Set<String>> MAY_USE = Map.of(
      "report", Set.of(),
      "serve", Set.of(),
      "agency", Set.of(),
      "parse", Set.of("report", "agency"),
      "spark", Set.of("report", "agency", "parse"),
      "accuracy", Set.of("report", "parse"),
      "generate", Set.of("report", "agency", "accuracy"),
      "bench", Set.of("report", "agency", "parse", "spark", "generate", "accuracy"),
      "cli", Set.of("report", "agency", "parse", "spark", "serve", "generate", "accuracy", "bench"));

  private static final Set<String> SPARK_PACKAGES = Set.of("spark", "bench", "cli");

  private static Map<Path, String> sources;

  @BeforeAll
  static void readSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      sources = new TreeMap<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        sources.put(MAIN.relativize(p), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertTrue(sources.size() > 10, "Cannot find the sources under " + MAIN.toAbsolutePath());
  }

  /** The top package under org.disclosurelake of a source, e.g. "parse" for parse/pdf/PdfReader.java. */
  private static String packageOf(Path source) {
    return source.getName(2).toString();
  }

  @Test
  void everyPackageUsesOnlyThePackagesBelowIt() {
    Set<String> offenders = new TreeSet<>();
    sources.forEach((source, text) -> {
      String own = packageOf(source);
      Set<String> allowed = MAY_USE.get(own);
      if (allowed == null) {
        offenders.add(source + ": package " + own + " has no rule in ArchitectureTest.MAY_USE");
        return;
      }
      Matcher m = OUR_IMPORT.matcher(text);
      while (m.find()) {
        if (!m.group(1).equals(own) && !allowed.contains(m.group(1))) {
          offenders.add(source + " uses " + m.group(1));
        }
      }
    });
    assertEquals(Set.of(), offenders, "Dependencies against the direction (tools use the job, never the reverse)");
  }

  @Test
  void onlyTheSparkBenchAndCliPackagesUseSpark() {
    List<String> offenders = sources.entrySet().stream()
        .filter(e -> !SPARK_PACKAGES.contains(packageOf(e.getKey())))
        .filter(e -> e.getValue().contains("org.apache.spark"))
        .map(e -> e.getKey().toString())
        .collect(Collectors.toList());
    assertEquals(List.of(), offenders, "Classes outside spark/, bench/ and cli/ that use org.apache.spark");
  }
}
