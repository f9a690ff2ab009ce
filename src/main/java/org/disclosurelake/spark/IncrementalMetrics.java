package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.disclosurelake.agency.AgencyResolver;

/**
 * Brings the derived tables up to date after a run that inserted, refreshed or deleted reports of some agency names,
 * recomputing only what depends on them: those agencies (every year, so next year's year-over-year values too), the
 * ranks and roll-ups of their (year, level, reporter type) groups, and the report links of those names. Each table's
 * change is one MERGE ({@link ScopedMerge}). See docs/lake.md, "Derived tables follow the change".
 */
final class IncrementalMetrics {

  /** The table property of {@code agency_year_metrics} naming the metric code it was computed with. */
  static final String FINGERPRINT = "disclosurelake.metrics";

  /** The columns of the groups within which agencies are ranked and summed: one agency re-ranks its whole group. */
  private static final List<String> GROUP = List.of("year", "level", "reporter_type");

  private static final List<String> DERIVED = List.of(
      LakeSchema.AGENCIES, LakeSchema.AGENCY_YEAR_METRICS, LakeSchema.CROSS_YEAR_FINDINGS,
      LakeSchema.REGION_YEAR_METRICS, LakeSchema.LEVEL_YEAR_METRICS, LakeSchema.REPORT_LINKS,
      LakeSchema.METRIC_DICTIONARY);

  /** The views of one agency's rows, computed for the affected agencies only. */
  private static final List<String> PER_AGENCY = MetricsRunner.VIEWS.subList(
      0, MetricsRunner.VIEWS.indexOf(MetricsRunner.AGENCY_YEAR_VALUES) + 1);

  private final SparkSession spark;
  private final Lake lake;
  private final Stages stages;
  private final ScopedMerge merge;

  IncrementalMetrics(SparkSession spark, Lake lake, Stages stages) {
    this.spark = spark;
    this.lake = lake;
    this.stages = stages;
    this.merge = new ScopedMerge(spark, lake);
  }

  /** Whether the lake's derived tables exist and were computed by this build's metric code. */
  boolean canFollow() {
    if (!DERIVED.stream().allMatch(lake::exists)) {
      return false;
    }
    Row detail = DeltaTable.forPath(spark, lake.path(LakeSchema.AGENCY_YEAR_METRICS)).detail()
        .select("properties").first();
    Map<String, String> properties = detail.getJavaMap(0);
    return MetricsRunner.fingerprint().equals(properties.get(FINGERPRINT));
  }

  /** Marks the derived tables as computed by this build's metric code (after a full recompute). */
  void markComputed() {
    DeltaRetry.run("mark " + LakeSchema.AGENCY_YEAR_METRICS, () -> spark.sql(
        "ALTER TABLE delta.`" + lake.path(LakeSchema.AGENCY_YEAR_METRICS) + "` SET TBLPROPERTIES ('"
            + FINGERPRINT + "' = '" + MetricsRunner.fingerprint() + "')"));
  }

  /**
   * Recomputes and merges the rows that depend on the reports of these raw agency names; false (nothing written)
   * when a recomputed table no longer has the stored table's columns, so a full recompute is needed.
   */
  boolean follow(Set<String> names) {
    if (names.isEmpty()) {
      return true;
    }
    try {
      return stages.time("metrics/changed agencies", () -> compute(names));
    } finally {
      MetricsRunner.release(spark);
      // the temp views of the tables held only the affected rows meanwhile
      lake.registerViews();
    }
  }

  private boolean compute(Set<String> names) {
    Dataset<Row> reports = read(LakeSchema.REPORTS);
    // resolution is a function of the name: the affected ids are those of the changed names
    AgencyResolver resolver = AgencyResolver.bundled();
    TreeSet<String> ids = new TreeSet<>();
    names.forEach(n -> ids.add(resolver.resolve(n).agencyId()));
    Dataset<Row> idFrame = broadcast(frame("agency_id", ids));
    Dataset<Row> oldAgencies = read(LakeSchema.AGENCIES).join(idFrame, "agency_id");
    // every name of those ids that reports still hold: the names of the agency before the run, and the new ones
    TreeSet<String> candidates = new TreeSet<>(names);
    oldAgencies.select(explode(col("raw_names"))).collectAsList().forEach(r -> candidates.add(r.getString(0)));
    Dataset<Row> candidateFrame = broadcast(frame("agency", candidates));
    TreeSet<String> present = new TreeSet<>();
    reports.select("agency").join(candidateFrame, "agency").distinct().collectAsList()
        .forEach(r -> present.add(r.getString(0)));
    Dataset<Row> agencies = spark.createDataFrame(AgencyTable.rows(present), AgencyTable.SCHEMA);

    semi(reports, candidateFrame, "agency").createOrReplaceTempView(LakeSchema.REPORTS);
    agencies.createOrReplaceTempView(LakeSchema.AGENCIES);
    Dataset<Row> links = spark.sql(MetricsRunner.sql(LakeSchema.REPORT_LINKS));
    Map<String, Dataset<Row>> views = MetricsRunner.register(spark, PER_AGENCY);
    Dataset<Row> findings = spark.sql(MetricsRunner.sql(LakeSchema.CROSS_YEAR_FINDINGS));
    Dataset<Row> values = views.get(MetricsRunner.AGENCY_YEAR_VALUES).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> metrics = null;
    try {
      // the groups the affected agencies are in now and were in before (a new name may move an agency)
      Dataset<Row> oldMetrics = read(LakeSchema.AGENCY_YEAR_METRICS);
      Dataset<Row> groupRows = values.select(columns(GROUP));
      // collected: a small list, and a frame of its own lineage joins the table it came from without ambiguity
      Dataset<Row> groups = broadcast(spark.createDataFrame(
          groupRows.union(oldMetrics.join(idFrame, "agency_id").select(columns(GROUP))).distinct().collectAsList(),
          groupRows.schema()));
      // the other agencies of those groups keep their values; only their ranks may change
      Dataset<Row> others = inGroups(oldMetrics, groups).join(idFrame, "agency_id", "left_anti")
          .select(columns(List.of(values.columns())));
      values.unionByName(others).createOrReplaceTempView(MetricsRunner.AGENCY_YEAR_VALUES);
      metrics = spark.sql(MetricsRunner.sql(LakeSchema.AGENCY_YEAR_METRICS)).persist(StorageLevel.MEMORY_AND_DISK());
      metrics.createOrReplaceTempView(LakeSchema.AGENCY_YEAR_METRICS);
      Map<String, Dataset<Row>> rollups = MetricsRunner.register(spark,
          List.of("rollups", LakeSchema.REGION_YEAR_METRICS, LakeSchema.LEVEL_YEAR_METRICS));

      List<Change> changes = List.of(
          new Change(LakeSchema.AGENCIES, List.of("agency_id"), semi(read(LakeSchema.AGENCIES), idFrame, "agency_id"),
              agencies),
          new Change(LakeSchema.REPORT_LINKS, List.of("report_id"), semi(read(LakeSchema.REPORT_LINKS),
              candidateFrame, "agency"), links),
          new Change(LakeSchema.AGENCY_YEAR_METRICS, List.of("agency_id", "year"), inGroups(oldMetrics, groups),
              metrics),
          new Change(LakeSchema.CROSS_YEAR_FINDINGS, List.of("agency_id", "year", "code"),
              semi(read(LakeSchema.CROSS_YEAR_FINDINGS), idFrame, "agency_id"), findings),
          new Change(LakeSchema.REGION_YEAR_METRICS,
              List.of("region_level", "region_code", "region_name", "level", "reporter_type", "year"),
              inGroups(read(LakeSchema.REGION_YEAR_METRICS), groups), rollups.get(LakeSchema.REGION_YEAR_METRICS)),
          new Change(LakeSchema.LEVEL_YEAR_METRICS, List.of("level", "reporter_type", "year"),
              inGroups(read(LakeSchema.LEVEL_YEAR_METRICS), groups), rollups.get(LakeSchema.LEVEL_YEAR_METRICS)));
      if (!changes.stream().allMatch(c -> ScopedMerge.fits(c.current.schema(), c.fresh.schema()))) {
        return false;
      }
      for (Change c : changes) {
        stages.time("metrics/" + c.table, () -> merge.apply(c.table, c.keys, c.current, c.fresh));
      }
      return true;
    } finally {
      values.unpersist();
      if (metrics != null) {
        metrics.unpersist();
      }
    }
  }

  /** A table's rows in the scope of the change, and what they are now. */
  private record Change(String table, List<String> keys, Dataset<Row> current, Dataset<Row> fresh) {}

  private Dataset<Row> read(String table) {
    return spark.read().format("delta").load(lake.path(table));
  }

  /** The rows of a table in one of these (year, level, reporter type) groups; NULL level is a group of its own. */
  private static Dataset<Row> inGroups(Dataset<Row> rows, Dataset<Row> groups) {
    Column on = null;
    for (String c : GROUP) {
      Column eq = rows.col(c).eqNullSafe(groups.col(c));
      on = on == null ? eq : on.and(eq);
    }
    return rows.join(groups, on, "left_semi");
  }

  private static Dataset<Row> semi(Dataset<Row> rows, Dataset<Row> keys, String column) {
    return rows.join(keys, rows.col(column).equalTo(keys.col(column)), "left_semi");
  }

  private Dataset<Row> frame(String column, Collection<String> values) {
    List<Row> rows = new ArrayList<>();
    values.forEach(v -> rows.add(RowFactory.create(v)));
    return spark.createDataFrame(rows, new StructType().add(column, DataTypes.StringType));
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(n -> col("`" + n + "`")).toArray(Column[]::new);
  }
}
