package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged thin jar launched by bin/disclosure-lake through SparkSubmit in a child JVM, as on a cluster, from
 * a working directory outside the project. Runs after {@code package} (Failsafe).
 */
class LauncherIT {

  private static final Path BASE = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
  private static final Path LAUNCHER = BASE.resolve("bin/disclosure-lake");

  @TempDir static Path tmp;

  private static Path input;

  private record Outcome(int code, String out, String err) {}

  @BeforeAll
  static void copySeeds() throws IOException {
    input = Files.createDirectories(tmp.resolve("input"));
    try (Stream<Path> files = Files.list(BASE.resolve("data/sample"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) { // the five seeds; the series sit in folders
        Files.copy(f, input.resolve(f.getFileName()));
      }
    }
    Files.write(input.resolve("empty.txt"), new byte[0]);
  }

  private static Outcome launch(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p =
        new ProcessBuilder(command)
            .directory(tmp.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("Timed out: " + command);
    }
    return new Outcome(
        p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void runThenQueryThroughSparkSubmit() throws Exception {
    Outcome run =
        launch("--master", "local[2]", "run", "--input", input.toString(), "--lake", tmp.resolve("lake").toString(),
            "--timings");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().matches("(?s).*files seen:\\s+6\\n.*"), run.out());
    assertTrue(run.out().matches("(?s).*reports written:\\s+5\\n.*"), run.out());
    assertTrue(run.out().matches("(?s).*files rejected:\\s+1\\n.*"), run.out());
    assertTrue(run.out().contains("wall time:"), run.out());
    for (String stage : new String[] {"parse:", "write reports:", "write facts:", "write rejects:", "metrics:"}) {
      assertTrue(run.out().matches("(?s).*\\n  " + stage + " +[0-9]+\\.[0-9] s\\n.*"), stage + " line missing: " + run.out());
    }
    // --timings: each derived table's part of the metrics step, indented under the steps
    for (String table : new String[] {"agency_year_metrics", "region_year_metrics", "report_links"}) {
      assertTrue(run.out().matches("(?s).*\\n    metrics/" + table + ": +[0-9]+\\.[0-9] s\\n.*"),
          table + " timing missing: " + run.out());
    }
    assertTrue(run.out().contains("agency_year_metrics (first 10 rows):"), run.out());

    Outcome query =
        launch("query", "--lake", "lake", "--csv", "SELECT count(*) AS n FROM reports", "--master", "local[1]");
    assertEquals(0, query.code(), query.err());
    assertEquals("n\r\n5\r\n", query.out());
  }

  @Test
  void parseRunsWithoutSparkAndBadArgumentsFailWithOneLine() throws Exception {
    List<String> args = new ArrayList<>(List.of("parse", "--json"));
    try (Stream<Path> files = Files.list(BASE.resolve("data/sample"))) {
      files.filter(Files::isRegularFile).sorted().forEach(f -> args.add(f.toString()));
    }
    Outcome parse = launch(args.toArray(String[]::new));
    assertEquals(0, parse.code(), parse.err());
    assertEquals(5, parse.out().lines().filter(l -> l.startsWith("{\"source\":")).count(), parse.out());

    Outcome bad = launch("query", "SELECT 1");
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("disclosure-lake query: Missing required option: '--lake=PATH'"), bad.err());
  }
}
