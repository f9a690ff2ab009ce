package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.disclosurelake.agency.AgencyResolver;

/**
 * Brings the derived tables up to date after a run that inserted, refreshed or deleted reports of some agency names,
 * recomputing only what depends on them: those agencies (every year, so next year's year-over-year values too), the
 * ranks and roll-ups of their (year, level, reporter type) groups, and the report links of those names. Each table is
 * then rewritten as its stored rows outside the change plus the recomputed ones, the six tables in two lanes
 * ({@link Lanes}). See docs/lake.md, "Derived tables follow the change".
 */
final class IncrementalMetrics {

  /** The table property of {@code agency_year_metrics} naming the metric code it was computed with. */
  static final String FINGERPRINT = "disclosurelake.metrics";

  /** The columns of the groups within which agencies are ranked and summed: one agency re-ranks its whole group. */
  private static final List<String> GROUP = List.of("year", "level", "reporter_type");

  private static final Logger LOG = LogManager.getLogger(IncrementalMetrics.class);

  /** The tables a followed change rewrites (the metric dictionary changes with the build, not with the data). */
  private static final List<String> FOLLOWED = List.of(
      LakeSchema.AGENCIES, LakeSchema.AGENCY_YEAR_METRICS, LakeSchema.CROSS_YEAR_FINDINGS,
      LakeSchema.REGION_YEAR_METRICS, LakeSchema.LEVEL_YEAR_METRICS, LakeSchema.REPORT_LINKS);

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
  private final DeltaWriter writer;
  private final MetricDictionary dictionary = MetricDictionary.bundled();
  /** The version of each followed table that the current computation read. */
  private final Map<String, Long> pinned = new HashMap<>();

  IncrementalMetrics(SparkSession spark, Lake lake, Stages stages) {
    this.spark = spark;
    this.lake = lake;
    this.stages = stages;
    this.writer = new DeltaWriter(spark, lake);
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
    // every stored row this computation reads is of one version per table: a table that another writer commits
    // meanwhile shows as a version gap after this run's own commit (see replace)
    pinned.clear();
    for (String table : FOLLOWED) {
      pinned.put(table, lake.version(table));
    }
    Dataset<Row> reports = spark.read().format("delta").load(lake.path(LakeSchema.REPORTS));
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
    List<Dataset<Row>> persisted = new ArrayList<>();
    Dataset<Row> links = persist(persisted, spark.sql(MetricsRunner.sql(LakeSchema.REPORT_LINKS)));
    Map<String, Dataset<Row>> views = MetricsRunner.register(spark, PER_AGENCY);
    Dataset<Row> findings = persist(persisted, spark.sql(MetricsRunner.sql(LakeSchema.CROSS_YEAR_FINDINGS)));
    Dataset<Row> values = persist(persisted, views.get(MetricsRunner.AGENCY_YEAR_VALUES));
    try {
      // the groups the affected agencies are in now and were in before (a new name may move an agency)
      Dataset<Row> oldMetrics = read(LakeSchema.AGENCY_YEAR_METRICS);
      Dataset<Row> groupRows = values.select(columns(GROUP));
      // collected: a small list, and a frame of its own lineage joins the table it came from without ambiguity
      Dataset<Row> groups = broadcast(spark.createDataFrame(
          groupRows.union(oldMetrics.join(idFrame, "agency_id").select(columns(GROUP))).distinct().collectAsList(),
          groupRows.schema()));
      // the other agencies of those groups keep their values; only their ranks may change
      Dataset<Row> others = inGroups(oldMetrics, groups, "left_semi").join(idFrame, "agency_id", "left_anti")
          .select(columns(List.of(values.columns())));
      values.unionByName(others).createOrReplaceTempView(MetricsRunner.AGENCY_YEAR_VALUES);
      Dataset<Row> metrics = persist(persisted, spark.sql(MetricsRunner.sql(LakeSchema.AGENCY_YEAR_METRICS)));
      metrics.createOrReplaceTempView(LakeSchema.AGENCY_YEAR_METRICS);
      Map<String, Dataset<Row>> rollups = MetricsRunner.register(spark,
          List.of("rollups", LakeSchema.REGION_YEAR_METRICS, LakeSchema.LEVEL_YEAR_METRICS));
      // the region and level roll-ups both read it: computed once (a cache applies to plans executed after it)
      persist(persisted, rollups.get("rollups"));

      // each table: its stored rows outside the scope of the change, and the recomputed rows of the scope
      Change agencyChange = new Change(LakeSchema.AGENCIES,
          anti(read(LakeSchema.AGENCIES), idFrame, "agency_id"), agencies, true);
      Change linkChange = new Change(LakeSchema.REPORT_LINKS,
          anti(read(LakeSchema.REPORT_LINKS), candidateFrame, "agency"), links, false);
      Change metricChange = new Change(LakeSchema.AGENCY_YEAR_METRICS,
          inGroups(oldMetrics, groups, "left_anti"), metrics, true);
      Change findingChange = new Change(LakeSchema.CROSS_YEAR_FINDINGS,
          anti(read(LakeSchema.CROSS_YEAR_FINDINGS), idFrame, "agency_id"), findings, true);
      Change regionChange = new Change(LakeSchema.REGION_YEAR_METRICS,
          inGroups(read(LakeSchema.REGION_YEAR_METRICS), groups, "left_anti"),
          rollups.get(LakeSchema.REGION_YEAR_METRICS), true);
      Change levelChange = new Change(LakeSchema.LEVEL_YEAR_METRICS,
          inGroups(read(LakeSchema.LEVEL_YEAR_METRICS), groups, "left_anti"),
          rollups.get(LakeSchema.LEVEL_YEAR_METRICS), true);
      List<Change> changes = List.of(agencyChange, linkChange, metricChange, findingChange, regionChange, levelChange);
      if (!changes.stream().allMatch(c -> fits(c.kept.schema(), c.fresh.schema()))) {
        return false;
      }
      // two lanes: agency_year_metrics then the roll-ups computed from it; the tables of the reports' names
      Set<String> raced = ConcurrentHashMap.newKeySet();
      Lanes.run(spark, List.of(
          List.of(replace(metricChange, raced), replace(regionChange, raced), replace(levelChange, raced)),
          List.of(replace(linkChange, raced), replace(findingChange, raced), replace(agencyChange, raced))));
      if (!raced.isEmpty()) {
        LOG.warn("another writer committed {} while this run followed its change: recomputing in full", raced);
        return false;
      }
      return true;
    } finally {
      persisted.forEach(Dataset::unpersist);
    }
  }

  /**
   * The write of one table's change: its kept rows and the recomputed ones, as one overwrite of the whole table. The
   * derived tables are small (one row per agency-year at most), so one scan and one write of them costs less than a
   * row-level MERGE, which finds the touched files with a join, rewrites them with another, and needed the changed
   * rows computed first. An overwrite is blind, so a table that another writer committed between this computation's
   * read and this write (a version past the pinned one + 1) is reported in {@code raced}: the caller then recomputes
   * everything.
   */
  private Runnable replace(Change c, Set<String> raced) {
    return () -> stages.time("metrics/" + c.table, () -> {
      Dataset<Row> rows = c.kept.unionByName(c.fresh.select(columns(List.of(c.kept.columns()))));
      writer.overwrite(c.table, () -> c.commented ? MetricTables.withComments(rows, dictionary) : rows);
      // pinned + 1: this write's commit, or (a write that adds and removes nothing, into a table that was and is
      // empty, commits nothing) another writer's, which this write then left as it was
      long now = lake.version(c.table);
      if (now > pinned.get(c.table) + 1) {
        raced.add(c.table + " (read version " + pinned.get(c.table) + ", now " + now + ")");
      }
    });
  }

  /**
   * Whether the recomputed rows can be written with the stored ones: same column names and types in the same order
   * (comments and nullability aside). A metric SQL change that added or retyped a column needs a full recompute.
   */
  static boolean fits(StructType table, StructType fresh) {
    if (table.size() != fresh.size()) {
      return false;
    }
    for (int i = 0; i < table.size(); i++) {
      StructField t = table.fields()[i];
      StructField f = fresh.fields()[i];
      if (!t.name().equals(f.name()) || !t.dataType().sameType(f.dataType())) {
        return false;
      }
    }
    return true;
  }

  private static Dataset<Row> persist(List<Dataset<Row>> persisted, Dataset<Row> rows) {
    persisted.add(rows.persist(StorageLevel.MEMORY_AND_DISK()));
    return rows;
  }

  /**
   * A table's change: its stored rows outside the scope of the change, the recomputed rows of the scope, and whether
   * its columns carry the dictionary's comments (as a full computation writes them).
   */
  private record Change(String table, Dataset<Row> kept, Dataset<Row> fresh, boolean commented) {}

  /** A derived table as of the version this computation pinned. */
  private Dataset<Row> read(String table) {
    return spark.read().format("delta").option("versionAsOf", pinned.get(table)).load(lake.path(table));
  }

  /** The rows of a table in one of these (year, level, reporter type) groups; NULL level is a group of its own. */
  private static Dataset<Row> inGroups(Dataset<Row> rows, Dataset<Row> groups, String joinType) {
    Column on = null;
    for (String c : GROUP) {
      Column eq = rows.col(c).eqNullSafe(groups.col(c));
      on = on == null ? eq : on.and(eq);
    }
    return rows.join(groups, on, joinType);
  }

  private static Dataset<Row> semi(Dataset<Row> rows, Dataset<Row> keys, String column) {
    return rows.join(keys, rows.col(column).equalTo(keys.col(column)), "left_semi");
  }

  private static Dataset<Row> anti(Dataset<Row> rows, Dataset<Row> keys, String column) {
    return rows.join(keys, rows.col(column).equalTo(keys.col(column)), "left_anti");
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
