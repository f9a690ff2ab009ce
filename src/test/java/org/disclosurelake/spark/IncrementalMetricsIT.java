package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lake built in three incremental batches of real documents has the same derived tables, row for row, as a full
 * computation over the same inputs: the batches add agencies, add later years of known agencies (so year-over-year
 * values and ranks change) and replace a file's content (so a report and its agency-years disappear).
 */
class IncrementalMetricsIT {

  private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "data/sample");

  /** Every table the metrics write. */
  private static final List<String> DERIVED = List.of(
      LakeSchema.AGENCIES, LakeSchema.AGENCY_YEAR_METRICS, LakeSchema.CROSS_YEAR_FINDINGS,
      LakeSchema.REGION_YEAR_METRICS, LakeSchema.LEVEL_YEAR_METRICS, LakeSchema.REPORT_LINKS,
      LakeSchema.METRIC_DICTIONARY);

  @TempDir static Path tmp;

  private static SparkSession spark;
  private static Lake incremental;
  private static Lake full;
  private static List<RunSummary> batches;
  private static List<Stages> stages;

  @BeforeAll
  static void build() throws IOException {
    spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("input"));
    List<Path> seeds = texts(SAMPLE);
    List<Path> pingtan = texts(SAMPLE.resolve("pingtan"));
    LakeJob job = new LakeJob(spark, new JobConfig(input.toString(), tmp.resolve("incremental").toString()));

    // batch 1: two seed agencies and the early years of the Pingtan series
    copy(seeds.subList(0, 2), input);
    copy(pingtan.stream().filter(year(y -> y <= 2020)).toList(), input);
    RunSummary first = job.run();
    // batch 2: new agencies, and the next years of Pingtan agencies already in the lake
    copy(seeds.subList(2, seeds.size()), input);
    copy(pingtan.stream().filter(year(y -> y == 2021 || y == 2022)).toList(), input);
    // a re-publication of a known report (other bytes, same agency and year): a report link
    Path reposted = pingtan.stream().filter(year(y -> y == 2021)).findFirst().orElseThrow();
    Files.write(input.resolve("repost_" + reposted.getFileName()),
        (Files.readString(reposted, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
    RunSummary second = job.run();
    Stages secondStages = job.stages();
    // batch 3: the rest, and the first seed's file now holds another agency's later report: its report goes
    copy(pingtan.stream().filter(year(y -> y > 2022)).toList(), input);
    Path replaced = input.resolve(seeds.get(0).getFileName());
    Files.copy(pingtan.stream().filter(year(y -> y == 2023)).findFirst().orElseThrow(), replaced,
        StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(replaced, FileTime.from(Instant.now().plusSeconds(60)));
    RunSummary third = job.run();
    batches = List.of(first, second, third);
    stages = List.of(secondStages, job.stages());
    incremental = job.lake();

    full = new Lake(spark, tmp.resolve("full").toString());
    new LakeJob(spark, new JobConfig(input.toString(), tmp.resolve("full").toString())).run();
  }

  @Test
  void theBatchesChangedWhatTheyShould() {
    assertTrue(batches.get(0).reportsWritten() > 0);
    assertTrue(batches.get(1).filesNew() > 0);
    assertEquals(1, batches.get(2).filesChanged(), "the replaced file");
    for (Stages s : stages) {
      assertTrue(s.millis().containsKey("metrics/changed agencies"), "followed the change: " + s.millis());
      assertFalse(s.millis().containsKey("metrics/resolve agencies"), "no full recompute: " + s.millis());
    }
    // later years of known agencies: year-over-year values exist, so batch 2 changed rows batch 1 wrote
    assertTrue(read(incremental, LakeSchema.AGENCY_YEAR_METRICS)
        .filter("applications_prev_year IS NOT NULL").count() > 0);
  }

  @Test
  void everyDerivedTableEqualsAFullComputation() {
    for (String table : DERIVED) {
      Dataset<Row> a = read(incremental, table);
      Dataset<Row> b = read(full, table);
      assertEquals(plain(b), plain(a), table + ": schema");
      assertTrue(b.count() > 0 || table.equals(LakeSchema.CROSS_YEAR_FINDINGS), table + " is not empty");
      assertEquals(List.of(), a.exceptAll(b).collectAsList(), table + ": rows only in the incremental lake");
      assertEquals(List.of(), b.exceptAll(a).collectAsList(), table + ": rows only in the full computation");
    }
  }

  private static List<String> plain(Dataset<Row> d) {
    return Stream.of(d.schema().fields()).map(StructField::toDDL).map(s -> s.replaceAll(" COMMENT .*", "")).toList();
  }

  private static Dataset<Row> read(Lake lake, String table) {
    return spark.read().format("delta").load(lake.path(table));
  }

  private static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** File names ending in _YEAR.txt whose year passes the test. */
  private static Predicate<Path> year(Predicate<Integer> test) {
    return p -> {
      String name = p.getFileName().toString();
      return test.test(Integer.parseInt(name.substring(name.length() - 8, name.length() - 4)));
    };
  }

  private static void copy(List<Path> files, Path dir) throws IOException {
    for (Path f : files) {
      Files.copy(f, dir.resolve(f.getFileName()));
    }
  }
}
