package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Idempotent writes into the lake's Delta tables: created on first use, then merged so re-runs never duplicate. */
final class DeltaWriter {

  private final SparkSession spark;
  private final Lake lake;

  DeltaWriter(SparkSession spark, Lake lake) {
    this.spark = spark;
    this.lake = lake;
  }

  /** Merges reports on {@code report_id}: new ones inserted, known ones refreshed with their path lists united. */
  void mergeReports(Dataset<Row> source) {
    Map<String, String> update = assignments(LakeSchema.REPORTS_TABLE);
    update.put("source_paths", "array_sort(array_distinct(concat(t.source_paths, s.source_paths)))");
    table(LakeSchema.REPORTS, LakeSchema.REPORTS_TABLE)
        .as("t")
        .merge(conform(source, LakeSchema.REPORTS_TABLE).as("s"), "t.report_id = s.report_id")
        .whenMatched()
        .updateExpr(update)
        .whenNotMatched()
        .insertAll()
        .execute();
  }

  /** Replaces the facts of the given reports: deletes every fact of those report ids, then appends the new ones. */
  void replaceFacts(Dataset<Row> reportIds, Dataset<Row> facts) {
    // a MERGE whose only clause deletes: many target rows may match one source id, which MERGE allows
    table(LakeSchema.FACTS, LakeSchema.FACTS_TABLE)
        .as("t")
        .merge(reportIds.select("report_id").distinct().as("s"), "t.report_id = s.report_id")
        .whenMatched()
        .delete()
        .execute();
    conform(facts, LakeSchema.FACTS_TABLE).write().format("delta").mode("append").save(lake.path(LakeSchema.FACTS));
  }

  /** Merges rejected files on {@code path} and {@code report_id}. */
  void mergeRejects(Dataset<Row> source) {
    table(LakeSchema.REJECTS, LakeSchema.REJECTS_TABLE)
        .as("t")
        .merge(
            conform(source, LakeSchema.REJECTS_TABLE).as("s"),
            "t.path = s.path AND t.report_id = s.report_id")
        .whenMatched()
        .updateAll()
        .whenNotMatched()
        .insertAll()
        .execute();
  }

  /** Replaces a derived table (metrics) entirely, partitioned by year. */
  void overwrite(String name, Dataset<Row> data) {
    data.write()
        .format("delta")
        .mode("overwrite")
        .option("overwriteSchema", "true")
        .partitionBy(LakeSchema.PARTITION)
        .save(lake.path(name));
  }

  private DeltaTable table(String name, StructType schema) {
    var builder = DeltaTable.createIfNotExists(spark).location(lake.path(name)).addColumns(schema);
    if (schema.getFieldIndex(LakeSchema.PARTITION).isDefined()) {
      builder = builder.partitionedBy(LakeSchema.PARTITION);
    }
    return builder.execute();
  }

  /** The source's columns in the table's order and types, so a write can never drift from the declared schema. */
  private static Dataset<Row> conform(Dataset<Row> source, StructType schema) {
    Column[] columns = new Column[schema.size()];
    int i = 0;
    for (StructField f : schema.fields()) {
      columns[i++] = col(f.name()).cast(f.dataType()).as(f.name());
    }
    return source.select(columns);
  }

  private static Map<String, String> assignments(StructType schema) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : schema.fieldNames()) {
      out.put(name, "s." + name);
    }
    return out;
  }
}
