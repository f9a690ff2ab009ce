package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write path of reports and facts on real Delta tables: new reports and their facts are appended (no MERGE), a
 * report read again has its facts replaced, a race in which another writer wrote the same reports' facts between this
 * writer's reports commit and its append leaves every fact once, and a report two writers appended is made one row.
 */
class DeltaWriterIT {

  @TempDir Path tmp;

  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SharedSpark.session();
  }

  @Test
  void theFactsOfNewReportsAreAppendedOnce() {
    Lake lake = new Lake(spark, tmp.resolve("lake").toString());
    DeltaWriter writer = new DeltaWriter(spark, lake);
    write(writer, List.of("a", "b"), 3);

    OptionalLong none = writer.mergeReports(reports(List.of("c", "d")));
    assertTrue(none.isPresent(), "c and d were in no report before");
    writer.replaceFacts(ids(List.of("c", "d")), facts(List.of("c", "d"), 4), none);

    assertEquals("WRITE", lastOperation(lake, LakeSchema.REPORTS), "reports appended, not merged");
    assertEquals("WRITE", lastOperation(lake, LakeSchema.FACTS), "facts appended, not merged");
    assertEquals(expected(List.of("a", "b"), 3, List.of("c", "d"), 4), factCounts(lake));
    assertEquals(4 * 2 + 3 * 2, spark.read().format("delta").load(lake.path(LakeSchema.FACTS)).count());
  }

  @Test
  void aReportReadAgainHasItsFactsReplaced() {
    Lake lake = new Lake(spark, tmp.resolve("lake").toString());
    DeltaWriter writer = new DeltaWriter(spark, lake);
    write(writer, List.of("a", "b"), 3);

    // a known report and a new one: not all new, so b's three facts are deleted before its five are written
    OptionalLong none = writer.mergeReports(reports(List.of("b", "e")));
    assertFalse(none.isPresent(), "b was a report already");
    writer.replaceFacts(ids(List.of("b", "e")), facts(List.of("b", "e"), 5), none);

    TreeMap<String, Long> want = new TreeMap<>();
    want.put("a", 3L);
    want.put("b", 5L);
    want.put("e", 5L);
    assertEquals(want, factCounts(lake));
    assertEquals(13, spark.read().format("delta").load(lake.path(LakeSchema.FACTS)).count(), "no fact twice");
  }

  @Test
  void anotherWriterWritingTheSameFactsMeanwhileLeavesEachOnce() {
    Lake lake = new Lake(spark, tmp.resolve("lake").toString());
    DeltaWriter writer = new DeltaWriter(spark, lake);
    write(writer, List.of("a"), 2);

    // this writer inserts c and d; before it appends their facts, another writer that read the same file found the
    // reports present (this writer's commit), saw no facts of them yet, and wrote them
    OptionalLong none = writer.mergeReports(reports(List.of("c", "d")));
    assertTrue(none.isPresent());
    DeltaWriter other = new DeltaWriter(spark, lake);
    OptionalLong known = other.mergeReports(reports(List.of("c", "d")));
    other.replaceFacts(ids(List.of("c", "d")), facts(List.of("c", "d"), 4), known);
    assertEquals(2 + 8, spark.read().format("delta").load(lake.path(LakeSchema.FACTS)).count());

    writer.replaceFacts(ids(List.of("c", "d")), facts(List.of("c", "d"), 4), none);

    assertEquals(expected(List.of("a"), 2, List.of("c", "d"), 4), factCounts(lake));
    assertEquals(2 + 8, spark.read().format("delta").load(lake.path(LakeSchema.FACTS)).count());
  }

  @Test
  void aReportTwoWritersAppendedBecomesOneRowWithBothPaths() {
    Lake lake = new Lake(spark, tmp.resolve("lake").toString());
    DeltaWriter writer = new DeltaWriter(spark, lake);
    write(writer, List.of("a", "c"), 1);
    // the other writer's blind append of the same document under another path
    Dataset<Row> other = reports(List.of("c")).withColumn("source_paths",
        org.apache.spark.sql.functions.array(org.apache.spark.sql.functions.lit("/other/c.txt")));
    other.write().format("delta").mode("append").partitionBy("year").save(lake.path(LakeSchema.REPORTS));
    assertEquals(3, spark.read().format("delta").load(lake.path(LakeSchema.REPORTS)).count());

    writer.dedupeReports(ids(List.of("a", "c")));

    TreeMap<String, List<String>> paths = new TreeMap<>();
    for (Row r : spark.read().format("delta").load(lake.path(LakeSchema.REPORTS)).select("report_id", "source_paths")
        .collectAsList()) {
      assertFalse(paths.containsKey(r.getString(0)), "one row per report: " + r.getString(0));
      paths.put(r.getString(0), r.getList(1));
    }
    TreeMap<String, List<String>> want = new TreeMap<>();
    want.put("a", List.of("/in/a.txt"));
    want.put("c", List.of("/in/c.txt", "/other/c.txt"));
    assertEquals(want, paths);
  }

  @Test
  void aFileTwoWritersLoggedAsNewBecomesOneRowTheLastOne() {
    Lake lake = new Lake(spark, tmp.resolve("lake").toString());
    DeltaWriter writer = new DeltaWriter(spark, lake);
    writer.mergeInputs(inputs(List.of("/in/a.txt"), 1), OptionalLong.empty());
    long looked = lake.version(LakeSchema.INPUTS);
    // a quote and a backslash: the path goes into the overwrite's predicate as a literal
    String odd = "/in/it's \\ c.txt";
    // another writer, which found the same new file, logs it first with a blind append
    inputs(List.of(odd), 2).write().format("delta").mode("append").save(lake.path(LakeSchema.INPUTS));

    writer.mergeInputs(inputs(List.of(odd, "/in/d.txt"), 3), OptionalLong.of(looked));

    TreeMap<String, Long> logged = new TreeMap<>();
    for (Row r : spark.read().format("delta").load(lake.path(LakeSchema.INPUTS)).select("path", "size")
        .collectAsList()) {
      assertFalse(logged.containsKey(r.getString(0)), "one row per path: " + r.getString(0));
      logged.put(r.getString(0), r.getLong(1));
    }
    TreeMap<String, Long> want = new TreeMap<>();
    want.put("/in/a.txt", 1L);
    want.put(odd, 3L);
    want.put("/in/d.txt", 3L);
    assertEquals(want, logged, "the row of the writer that logged the file last");
  }

  @Test
  void newFilesAreAppendedToTheLogAndKnownOnesMerged() {
    Lake lake = new Lake(spark, tmp.resolve("lake").toString());
    DeltaWriter writer = new DeltaWriter(spark, lake);
    writer.mergeInputs(inputs(List.of("/in/a.txt"), 1), OptionalLong.empty());
    writer.mergeInputs(inputs(List.of("/in/b.txt"), 2), OptionalLong.of(lake.version(LakeSchema.INPUTS)));
    assertEquals("WRITE", lastOperation(lake, LakeSchema.INPUTS));
    // a.txt changed: known, so merged (its row replaced, not a second one)
    writer.mergeInputs(inputs(List.of("/in/a.txt"), 5), OptionalLong.empty());
    assertEquals("MERGE", lastOperation(lake, LakeSchema.INPUTS));
    assertEquals(List.of("/in/a.txt 5", "/in/b.txt 2"), spark.read().format("delta").load(lake.path(LakeSchema.INPUTS))
        .orderBy("path").selectExpr("concat(path, ' ', size)").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList());
  }

  /** Log rows whose size and ingest time tell the writers apart: size n, ingested n minutes past 10:00. */
  private static Dataset<Row> inputs(List<String> paths, long n) {
    StructType schema = LakeSchema.INPUTS_TABLE;
    List<Row> rows = new ArrayList<>();
    for (String path : paths) {
      Object[] v = new Object[schema.size()];
      v[schema.fieldIndex("path")] = path;
      v[schema.fieldIndex("size")] = n;
      v[schema.fieldIndex("ingest_time")] = java.sql.Timestamp.from(
          java.sql.Timestamp.valueOf("2026-12-05 10:00:00").toInstant().plusSeconds(60 * n));
      rows.add(RowFactory.create(v));
    }
    return spark.createDataFrame(rows, schema);
  }

  private void write(DeltaWriter writer, List<String> ids, int factsEach) {
    writer.replaceFacts(ids(ids), facts(ids, factsEach), writer.mergeReports(reports(ids)));
  }

  private static TreeMap<String, Long> expected(List<String> first, long n, List<String> second, long m) {
    TreeMap<String, Long> out = new TreeMap<>();
    first.forEach(id -> out.put(id, n));
    second.forEach(id -> out.put(id, m));
    return out;
  }

  private static TreeMap<String, Long> factCounts(Lake lake) {
    TreeMap<String, Long> out = new TreeMap<>();
    for (Row r : spark.read().format("delta").load(lake.path(LakeSchema.FACTS))
        .selectExpr("report_id", "key").distinct().groupBy("report_id").count().collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  private static String lastOperation(Lake lake, String table) {
    return DeltaTable.forPath(spark, lake.path(table)).history(1).select("operation").first().getString(0);
  }

  private static Dataset<Row> ids(List<String> ids) {
    List<Row> rows = new ArrayList<>();
    ids.forEach(id -> rows.add(RowFactory.create(id)));
    return spark.createDataFrame(rows, new StructType().add("report_id", "string"));
  }

  private static Dataset<Row> reports(List<String> ids) {
    StructType schema = LakeSchema.REPORTS_TABLE;
    List<Row> rows = new ArrayList<>();
    for (String id : ids) {
      Object[] v = new Object[schema.size()];
      v[schema.fieldIndex("report_id")] = id;
      v[schema.fieldIndex("source_paths")] = List.of("/in/" + id + ".txt");
      v[schema.fieldIndex("agency")] = "某县人民政府";
      v[schema.fieldIndex("year")] = 2023;
      rows.add(RowFactory.create(v));
    }
    return spark.createDataFrame(rows, schema);
  }

  private static Dataset<Row> facts(List<String> ids, int each) {
    StructType schema = LakeSchema.FACTS_TABLE;
    List<Row> rows = new ArrayList<>();
    for (String id : ids) {
      for (int i = 0; i < each; i++) {
        Object[] v = new Object[schema.size()];
        v[schema.fieldIndex("report_id")] = id;
        v[schema.fieldIndex("agency")] = "某县人民政府";
        v[schema.fieldIndex("year")] = 2023;
        v[schema.fieldIndex("key")] = "t3.key" + i;
        v[schema.fieldIndex("raw")] = String.valueOf(i);
        rows.add(RowFactory.create(v));
      }
    }
    return spark.createDataFrame(rows, schema);
  }
}
