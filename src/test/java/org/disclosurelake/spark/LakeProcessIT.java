package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.generate.CorpusGenerator;
import org.disclosurelake.generate.CorpusWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code run} processes on a generated corpus: one SIGKILLed mid-write then re-run, and two writing disjoint
 * halves into one lake at once; both lakes must equal a clean run's.
 */
class LakeProcessIT {

  private static final int DOCUMENTS = 240;

  @TempDir static Path tmp;

  private static SparkSession spark;
  private static Path input;
  private static Snapshot clean;

  /** What must be equal between two lakes: ids, fact count per report, rejects, paths per report. */
  private record Snapshot(Map<String, Long> factsPerReport, Map<String, List<String>> pathsPerReport,
      List<String> rejects, long reportRows, long inputRows) {}

  @BeforeAll
  static void corpusAndCleanRun() throws IOException {
    spark = SharedSpark.session();
    Path generated = tmp.resolve("generated");
    new CorpusWriter(new CorpusGenerator(11, 0.05), 2).write(generated, DOCUMENTS);
    // two disjoint halves, truth files left out of the input
    input = tmp.resolve("input");
    List<Path> docs;
    try (Stream<Path> s = Files.walk(generated)) {
      docs = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected")).sorted().toList();
    }
    for (int i = 0; i < docs.size(); i++) {
      Path target = input.resolve(i % 2 == 0 ? "a" : "b").resolve(docs.get(i).getFileName());
      Files.createDirectories(target.getParent());
      Files.copy(docs.get(i), target);
    }
    Files.write(input.resolve("a").resolve("empty.txt"), new byte[0]);
    Path lake = tmp.resolve("clean-lake");
    new LakeJob(spark, new JobConfig(input.toString(), lake.toString())).run();
    clean = snapshot(lake);
    assertTrue(clean.factsPerReport().size() > DOCUMENTS / 2, "the corpus parses: " + clean.factsPerReport().size());
  }

  @Test
  void aRunKilledMidWriteThenRerunEqualsACleanRun() throws Exception {
    Path lake = tmp.resolve("killed-lake");
    Process run = start(input, lake, "killed");
    Path factsLog = lake.resolve(LakeSchema.FACTS).resolve("_delta_log");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    while (!Files.exists(factsLog) && run.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(run.isAlive(), "the run ended before it could be killed: " + output("killed"));
    run.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean-up
    run.waitFor();
    assertTrue(Files.exists(lake.resolve(LakeSchema.REPORTS)), "killed after reports were written");

    new LakeJob(spark, new JobConfig(input.toString(), lake.toString())).run();

    assertEquals(clean, snapshot(lake));
  }

  @Test
  void twoWritersOnDisjointInputsBothLandExactlyOnce() throws Exception {
    Path lake = tmp.resolve("shared-lake");
    Process a = start(input.resolve("a"), lake, "writer-a");
    Process b = start(input.resolve("b"), lake, "writer-b");
    try {
      assertTrue(a.waitFor(15, TimeUnit.MINUTES), "writer a finished");
      assertTrue(b.waitFor(15, TimeUnit.MINUTES), "writer b finished");
    } finally {
      a.destroyForcibly();
      b.destroyForcibly();
    }
    assertEquals(0, a.exitValue(), output("writer-a"));
    assertEquals(0, b.exitValue(), output("writer-b"));
    assertEquals(clean, snapshot(lake));
  }

  private static Process start(Path in, Path lake, String name) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-Xmx") && !arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")) {
        command.add(arg);
      }
    }
    command.addAll(List.of(
        "-Xmx1g",
        "-Dspark.master=local[2]",
        "-Dspark.ui.enabled=false",
        "-Dspark.sql.shuffle.partitions=2",
        "-Dspark.default.parallelism=2",
        "-Dspark.databricks.delta.snapshotPartitions=2",
        "-Dspark.driver.host=127.0.0.1",
        "-Dspark.driver.bindAddress=127.0.0.1",
        "-Dspark.sql.warehouse.dir=" + tmp.resolve("warehouse-" + name).toUri(),
        "-cp", System.getProperty("java.class.path"),
        "org.disclosurelake.cli.Main", "run", "--input", in.toString(), "--lake", lake.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  private static String output(String name) throws IOException {
    Path log = tmp.resolve(name + ".log");
    if (!Files.exists(log)) {
      return "";
    }
    List<String> lines = Files.readAllLines(log);
    return String.join(File.separator.equals("/") ? "\n" : "\r\n",
        lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static Snapshot snapshot(Path lake) {
    Lake l = new Lake(spark, lake.toString());
    Map<String, Long> facts = new TreeMap<>();
    for (Row r : spark.read().format("delta").load(l.path(LakeSchema.FACTS)).groupBy("report_id").count()
        .collectAsList()) {
      facts.put(r.getString(0), r.getLong(1));
    }
    Map<String, List<String>> paths = new TreeMap<>();
    long reportRows = 0;
    for (Row r : spark.read().format("delta").load(l.path(LakeSchema.REPORTS)).select("report_id", "source_paths")
        .collectAsList()) {
      reportRows++;
      List<String> relative = new ArrayList<>();
      for (Object p : r.getList(1)) {
        relative.add(relativeTo(lake, p.toString()));
      }
      paths.put(r.getString(0), relative);
      facts.putIfAbsent(r.getString(0), 0L);
    }
    List<String> rejects = new ArrayList<>();
    for (Row r : spark.read().format("delta").load(l.path(LakeSchema.REJECTS)).orderBy("path")
        .select(col("path"), col("report_id"), col("reason")).collectAsList()) {
      rejects.add(relativeTo(lake, r.getString(0)) + " " + r.getString(1) + " " + r.getString(2));
    }
    long inputs = spark.read().format("delta").load(l.path(LakeSchema.INPUTS)).count();
    return new Snapshot(facts, paths, rejects, reportRows, inputs);
  }

  /** Paths as seen from the input folder, so lakes of the same input compare equal. */
  private static String relativeTo(Path lake, String path) {
    int at = path.indexOf("/input/");
    return at < 0 ? path : path.substring(at);
  }
}
