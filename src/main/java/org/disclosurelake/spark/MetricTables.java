package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Writes the derived tables of a metrics run (agencies, agency_year_metrics, cross_year_findings, the roll-ups and
 * the metric dictionary), each replaced entirely, partitioned by year when it has one, with column comments.
 */
public final class MetricTables {

  /** The metric dictionary as a table: the TSV's columns, tables as an array. */
  public static final StructType DICTIONARY_SCHEMA =
      new StructType()
          .add("name", DataTypes.StringType)
          .add("tables", DataTypes.createArrayType(DataTypes.StringType))
          .add("label_zh", DataTypes.StringType)
          .add("definition", DataTypes.StringType)
          .add("formula", DataTypes.StringType)
          .add("denominator", DataTypes.StringType)
          .add("unit", DataTypes.StringType)
          .add("caveats", DataTypes.StringType)
          .add("version", DataTypes.StringType);

  private MetricTables() {}

  /** Computes every metric view over the lake's current tables and writes the derived tables. */
  public static void write(SparkSession spark, Lake lake) {
    write(spark, lake, new Stages());
  }

  /** As {@link #write(SparkSession, Lake)}, timing each table as the stage {@code metrics/NAME}. */
  static void write(SparkSession spark, Lake lake, Stages stages) {
    write(spark, lake, stages, false);
  }

  /**
   * As {@link #write(SparkSession, Lake, Stages)}, and {@code report_links} too when {@code links}. The tables are
   * written in two lanes ({@link Lanes}): {@code agency_year_metrics} and the roll-ups computed from it; the other
   * tables beside them.
   */
  static void write(SparkSession spark, Lake lake, Stages stages, boolean links) {
    lake.registerViews();
    MetricDictionary dictionary = MetricDictionary.bundled();
    DeltaWriter writer = new DeltaWriter(spark, lake);
    Dataset<Row> linkRows = links ? spark.sql(MetricsRunner.sql(LakeSchema.REPORT_LINKS)) : null;
    // agencies are resolved here, on the driver; the views are only planned
    Map<String, Dataset<Row>> tables = stages.time("metrics/resolve agencies", () -> MetricsRunner.runAll(spark));
    // the roll-ups and findings read agency_year_metrics again: compute it once; region and level share the roll-ups
    Dataset<Row> metrics = tables.get(LakeSchema.AGENCY_YEAR_METRICS).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> rollups = spark.table("rollups").persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<Runnable> fromMetrics = new ArrayList<>();
      List<Runnable> beside = new ArrayList<>();
      if (linkRows != null) {
        beside.add(() -> stages.time("metrics/" + LakeSchema.REPORT_LINKS,
            () -> writer.overwrite(LakeSchema.REPORT_LINKS, () -> linkRows)));
      }
      for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
        Runnable write = () -> stages.time("metrics/" + t.getKey(),
            () -> writer.overwrite(t.getKey(), () -> withComments(t.getValue(), dictionary)));
        boolean readsMetrics = !t.getKey().equals(LakeSchema.AGENCIES)
            && !t.getKey().equals(LakeSchema.CROSS_YEAR_FINDINGS);
        (readsMetrics ? fromMetrics : beside).add(write);
      }
      beside.add(() -> stages.time("metrics/" + LakeSchema.METRIC_DICTIONARY, () -> {
        // it changes with the build, not with the data: rewritten only when it differs
        Dataset<Row> bundled = dictionaryTable(spark, dictionary);
        // read by path: another writer may have created the table after this run registered its views
        if (!lake.exists(LakeSchema.METRIC_DICTIONARY) || !sameRows(
            spark.read().format("delta").load(lake.path(LakeSchema.METRIC_DICTIONARY)), bundled)) {
          writer.overwrite(LakeSchema.METRIC_DICTIONARY, () -> bundled);
        }
      }));
      Lanes.run(spark, List.of(fromMetrics, beside));
    } finally {
      rollups.unpersist();
      metrics.unpersist();
      MetricsRunner.release(spark);
    }
  }

  private static boolean sameRows(Dataset<Row> a, Dataset<Row> b) {
    return a.schema().equals(b.schema()) && a.exceptAll(b).isEmpty() && b.exceptAll(a).isEmpty();
  }

  /** The dictionary's entries as rows. */
  public static Dataset<Row> dictionaryTable(SparkSession spark, MetricDictionary dictionary) {
    List<Row> rows = new ArrayList<>();
    for (MetricDictionary.Entry e : dictionary.entries()) {
      rows.add(RowFactory.create(e.name(), e.tables(), e.labelZh(), e.definition(), e.formula(), e.denominator(),
          e.unit(), e.caveats(), e.version()));
    }
    return spark.createDataFrame(rows, DICTIONARY_SCHEMA);
  }

  /** Every column that the dictionary defines gets its comment (Chinese label — definition) as field metadata. */
  public static Dataset<Row> withComments(Dataset<Row> data, MetricDictionary dictionary) {
    String[] names = data.columns();
    Column[] columns = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      Metadata comment =
          dictionary
              .find(name)
              .map(e -> new MetadataBuilder().putString("comment", e.comment()).build())
              .orElse(Metadata.empty());
      columns[i] = col(name).as(name, comment);
    }
    return data.select(columns);
  }
}
