package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.parse.ParserFingerprint;
import org.disclosurelake.parse.ReportParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parser change re-reads exactly the files another parser version read. The "other build" is made as a real one
 * is: the build's classes copied, a parser resource edited, and the build step ({@link ParserFingerprint}) run on
 * them; a {@code run} process on those classes then writes part of the lake under the other version.
 */
class ParserVersionIT {

  private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "data/sample");

  @TempDir static Path tmp;

  @Test
  void aRunReadsAgainExactlyTheFilesAnotherParserVersionRead() throws Exception {
    SparkSession spark = SharedSpark.session();
    Path input = tmp.resolve("input");
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SAMPLE)) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(seeds.size() >= 4, "the sample has seeds: " + seeds);
    for (int i = 0; i < seeds.size(); i++) {
      Path to = input.resolve(i < 2 ? "changed" : "same").resolve(seeds.get(i).getFileName());
      Files.createDirectories(to.getParent());
      Files.copy(seeds.get(i), to);
    }
    Path lake = tmp.resolve("lake");

    // the other build reads input/changed/ into the lake
    String otherVersion = rebuiltWithEditedResource(tmp.resolve("other-classes"));
    assertNotEquals(ReportParser.VERSION, otherVersion, "editing a parser resource moved the version");
    runOnOtherBuild(input.resolve("changed"), lake);
    // this build reads input/same/ into the same lake
    new LakeJob(spark, new JobConfig(input.resolve("same").toString(), lake.toString())).run();
    Map<String, String> before = logged(spark, lake);
    assertEquals(seeds.size(), before.size());
    assertEquals(2, before.values().stream().filter(v -> v.startsWith(otherVersion + " ")).count(), before.toString());

    RunSummary whole = new LakeJob(spark, new JobConfig(input.toString(), lake.toString())).run();

    assertEquals(0, whole.filesNew());
    assertEquals(2, whole.filesChanged(), "the two files the other version read");
    assertEquals(seeds.size() - 2, whole.filesUnchanged(), "this version's files are not read");
    Map<String, String> after = logged(spark, lake);
    for (Map.Entry<String, String> e : before.entrySet()) {
      String now = after.get(e.getKey());
      assertTrue(now.startsWith(ReportParser.VERSION + " "), e.getKey() + ": " + now);
      if (e.getKey().contains("/same/")) {
        assertEquals(e.getValue(), now, "untouched: " + e.getKey());
      } else {
        assertNotEquals(e.getValue(), now, "read again: " + e.getKey());
      }
    }
    assertEquals(List.of(ReportParser.VERSION), spark.read().format("delta").load(lake.resolve("reports").toString())
        .select("parser_version").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
  }

  /** path → "parser_version ingest_time" from the inputs log. */
  private static Map<String, String> logged(SparkSession spark, Path lake) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : spark.read().format("delta").load(lake.resolve(LakeSchema.INPUTS).toString())
        .select(col("path"), col("parser_version"), col("ingest_time")).collectAsList()) {
      out.put(r.getString(0), r.getString(1) + " " + r.getTimestamp(2));
    }
    return out;
  }

  /** This build's classes with one parser resource edited and the build's version step run again; the version. */
  private static String rebuiltWithEditedResource(Path target) throws Exception {
    Path build = Path.of(ParserFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // Failsafe puts the packaged jar on the classpath, an IDE the classes folder: unpack the one, copy the other
    try (FileSystem jar = Files.isDirectory(build) ? null : FileSystems.newFileSystem(build)) {
      Path classes = jar == null ? build : jar.getPath("/");
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Path to = target.resolve(classes.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
    }
    Files.writeString(target.resolve("traditional-to-simplified.tsv"), "# edited by ParserVersionIT\n",
        StandardOpenOption.APPEND);
    ParserFingerprint.main(new String[] {target.toString(), "0.1.0"});
    Properties p = new Properties();
    p.load(Files.newBufferedReader(target.resolve("parser-version.properties"), StandardCharsets.UTF_8));
    return p.getProperty("parser.version");
  }

  private static void runOnOtherBuild(Path in, Path lake) throws Exception {
    String classes = Path.of(ParserFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
    List<String> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(Path.of(entry).toAbsolutePath().toString().equals(classes)
          ? tmp.resolve("other-classes").toString() : entry);
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-Xmx") && !arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")) {
        command.add(arg);
      }
    }
    command.addAll(List.of("-Xmx1g", "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
        "-Dspark.sql.shuffle.partitions=2", "-Dspark.default.parallelism=2",
        "-Dspark.databricks.delta.snapshotPartitions=2", "-Dspark.driver.host=127.0.0.1",
        "-Dspark.driver.bindAddress=127.0.0.1", "-Dspark.sql.warehouse.dir=" + tmp.resolve("warehouse").toUri(),
        "-cp", String.join(File.pathSeparator, classpath),
        "org.disclosurelake.cli.Main", "run", "--input", in.toString(), "--lake", lake.toString()));
    Path log = tmp.resolve("other-build.log");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process run = pb.start();
    try {
      assertTrue(run.waitFor(10, TimeUnit.MINUTES), "the other build's run finished");
    } finally {
      run.destroyForcibly();
    }
    assertEquals(0, run.exitValue(), Files.readString(log));
  }
}
