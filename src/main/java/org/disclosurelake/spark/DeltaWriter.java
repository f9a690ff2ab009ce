package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.row_number;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Idempotent writes into the lake's Delta tables: created on first use, then appended or merged so that re-runs, and
 * writers racing each other, never duplicate a row.
 */
public final class DeltaWriter {

  private static final Logger LOG = LogManager.getLogger(DeltaWriter.class);

  private final SparkSession spark;
  private final Lake lake;

  public DeltaWriter(SparkSession spark, Lake lake) {
    this.spark = spark;
    this.lake = lake;
  }

  /**
   * Gives a {@code reports} table written before {@link LakeSchema#VALUE_COUNT} existed that column, counted from each
   * row's typed cells ({@link LakeSchema#valueCount}): the first time a build that has the column writes to the lake,
   * one overwrite of the table with the column added, in one commit (a run stopped during it leaves the table as it
   * was; a writer that committed meanwhile makes it read and write again).
   */
  void addValueCount() {
    if (!lake.exists(LakeSchema.REPORTS)) {
      return;
    }
    DeltaRetry.run("add " + LakeSchema.VALUE_COUNT + " to " + LakeSchema.REPORTS, () -> {
      if (hasValueCount()) { // written by a build that has it, or another writer added it meanwhile
        return;
      }
      LOG.info("reports has no {} column (written by an earlier build): adding it", LakeSchema.VALUE_COUNT);
      spark.read().format("delta").load(lake.path(LakeSchema.REPORTS))
          .withColumn(LakeSchema.VALUE_COUNT, expr(LakeSchema.valueCount("")))
          .write().format("delta").mode("overwrite").option("overwriteSchema", "true")
          .partitionBy(LakeSchema.PARTITION).save(lake.path(LakeSchema.REPORTS));
    });
  }

  private boolean hasValueCount() {
    return List.of(spark.read().format("delta").load(lake.path(LakeSchema.REPORTS)).schema().fieldNames())
        .contains(LakeSchema.VALUE_COUNT);
  }

  /**
   * Writes reports on {@code report_id}: new ones inserted, known ones refreshed with their path lists united. When
   * none of the ids is in the table (checked against its {@code report_id} column only) the rows are appended, which
   * also creates the table; otherwise a MERGE inserts the new ones and refreshes the known ones.
   *
   * <p>An append is blind: Delta does not check it against what other writers committed, so two writers of the same
   * new document could both append it. The append therefore has to be the table's next commit after the version this
   * writer looked at; when another commit came in between, a report of this run held twice is made one row again (see
   * {@link #dedupeReports}).
   *
   * <p>Returns what {@link #replaceFacts} needs to append the facts without reading {@code facts}: when every report
   * was new and appended alone, the version of {@code facts} read before that append made them visible to other
   * writers, at which none of them had a fact (facts are written after their report and deleted before it); empty
   * otherwise.
   */
  OptionalLong mergeReports(Dataset<Row> source) {
    // read before this writer's commit makes the reports visible to other writers, who may then write their facts
    long factsBefore = lake.version(LakeSchema.FACTS);
    Map<String, String> update = assignments(LakeSchema.REPORTS_TABLE);
    update.put("source_paths", "array_sort(array_distinct(concat(t.source_paths, s.source_paths)))");
    boolean alone = appendOrMerge(LakeSchema.REPORTS, LakeSchema.REPORTS_TABLE, source,
        () -> {
          long before = lake.version(LakeSchema.REPORTS);
          return holdsAny(LakeSchema.REPORTS, source) ? OptionalLong.empty() : OptionalLong.of(before);
        },
        () -> table(LakeSchema.REPORTS, LakeSchema.REPORTS_TABLE)
            .as("t")
            .merge(conform(source, LakeSchema.REPORTS_TABLE).as("s"), "t.report_id = s.report_id")
            .whenMatched()
            .updateExpr(update)
            .whenNotMatched()
            .insertAll()
            .execute(),
        () -> dedupeReports(source));
    return alone ? OptionalLong.of(factsBefore) : OptionalLong.empty();
  }

  /**
   * The write of {@code reports} and {@code inputs}: the rows appended when the table does not exist yet, or when
   * {@code noneSince} (asked again at each attempt) names a version at which the table held none of them; they then
   * have to be its next commit, and when another commit came in between, {@code dedupe} makes the rows that two
   * writers appended one again. Otherwise {@code merge}. Returns whether the rows were appended as the next commit.
   */
  private boolean appendOrMerge(String name, StructType schema, Dataset<Row> rows, Supplier<OptionalLong> noneSince,
      Runnable merge, Runnable dedupe) {
    Write how = DeltaRetry.get("write " + name, () -> {
      if (createByAppend(name, schema, rows)) {
        return Write.ALONE;
      }
      OptionalLong none = noneSince.get();
      if (none.isEmpty()) {
        merge.run();
        return Write.MERGED;
      }
      append(name, schema, rows);
      return lake.version(name) == none.getAsLong() + 1 ? Write.ALONE : Write.RACED;
    });
    if (how == Write.RACED) {
      DeltaRetry.run(name + " rows held twice", dedupe);
    }
    return how == Write.ALONE;
  }

  /** How a write went: appended as the table's next commit, appended with another commit in between, or merged. */
  private enum Write { ALONE, RACED, MERGED }

  /**
   * Makes each of these reports one row again where two writers appended it: the row ingested last, with the paths of
   * all its rows; one overwrite of those reports' rows, which conflicts with any concurrent writer of them.
   */
  void dedupeReports(Dataset<Row> reportIds) {
    Dataset<Row> stored = of(LakeSchema.REPORTS, reportIds, "report_id");
    List<String> twice = heldTwice(stored, "report_id");
    if (twice.isEmpty()) {
      return;
    }
    LOG.warn("another writer appended {} of this run's reports meanwhile: making each one row", twice.size());
    Dataset<Row> all = stored.filter(col("report_id").isin(twice.toArray()))
        .withColumn("all_paths", array_sort(array_distinct(flatten(
            collect_list("source_paths").over(Window.partitionBy("report_id"))))));
    overwriteWhere(LakeSchema.REPORTS, LakeSchema.REPORTS_TABLE, "report_id", twice,
        latest(all, "report_id").withColumn("source_paths", col("all_paths")));
  }

  /**
   * Removes paths from the reports that held them before their content changed ({@code report_id}, {@code paths}),
   * then deletes the reports left with no path at all, and their facts: the lake mirrors what the input holds now.
   * Returns the agency names of the reports that lost a path (the derived tables of those agencies change).
   */
  Set<String> detachPaths(Dataset<Row> moved) {
    if (moved.isEmpty()) {
      return Set.of(); // the common case: no known path changed its content
    }
    // the agencies whose derived rows change with these reports, read before a report may be deleted
    Set<String> agencies = new HashSet<>();
    for (Row r : table(LakeSchema.REPORTS, LakeSchema.REPORTS_TABLE).toDF().select("report_id", "agency")
        .join(moved.select("report_id"), "report_id").select("agency").distinct().collectAsList()) {
      if (!r.isNullAt(0)) {
        agencies.add(r.getString(0));
      }
    }
    DeltaRetry.run("detach changed paths", () ->
        table(LakeSchema.REPORTS, LakeSchema.REPORTS_TABLE)
            .as("t")
            .merge(moved.as("s"), "t.report_id = s.report_id")
            .whenMatched()
            .updateExpr(Map.of("source_paths", "array_except(t.source_paths, s.paths)"))
            .execute());
    DeltaTable reports = table(LakeSchema.REPORTS, LakeSchema.REPORTS_TABLE);
    Dataset<Row> orphans = reports.toDF().filter("size(source_paths) = 0").select("report_id");
    if (orphans.isEmpty()) {
      return agencies;
    }
    // facts first: a kill between the two leaves an orphan report that the next run deletes again
    deleteFacts(orphans);
    DeltaRetry.run("delete orphan reports", () ->
        table(LakeSchema.REPORTS, LakeSchema.REPORTS_TABLE).delete("size(source_paths) = 0"));
    return agencies;
  }

  /**
   * Replaces the facts of the given reports with these: deletes the facts that the table holds of them (none when
   * {@link #mergeReports} found every report new), then appends the new ones. Into a table that does not exist yet
   * the append creates it.
   *
   * <p>The append is blind, so it has to be the table's next commit after the version at which this writer knew the
   * table held none of these reports' facts ({@code noneSince} from {@link #mergeReports}, else the version this method
   * read or its delete committed). When another commit came in between, a report of this run with a (report_id, key)
   * held twice has its facts written once more (see {@link #dedupeFacts}). Not a MERGE every time: its anti-join reads
   * all of {@code facts}, and at 100,000 documents (12M facts) the 1 % run's MERGE ran a 3 GB driver out of memory.
   */
  void replaceFacts(Dataset<Row> reportIds, Dataset<Row> facts, OptionalLong noneSince) {
    Dataset<Row> rows = conform(facts, LakeSchema.FACTS_TABLE);
    if (DeltaRetry.get("create facts", () -> createByAppend(LakeSchema.FACTS, LakeSchema.FACTS_TABLE, rows))) {
      return;
    }
    long base;
    boolean alone = true;
    if (noneSince.isPresent()) {
      base = noneSince.getAsLong();
    } else {
      base = lake.version(LakeSchema.FACTS);
      if (holdsAny(LakeSchema.FACTS, reportIds)) {
        deleteFacts(reportIds);
        long deleted = lake.version(LakeSchema.FACTS);
        alone = deleted == base + 1;
        base = deleted;
      }
    }
    DeltaRetry.run("append facts", () -> append(LakeSchema.FACTS, LakeSchema.FACTS_TABLE, rows));
    if (!alone || lake.version(LakeSchema.FACTS) != base + 1) {
      DeltaRetry.run("facts held twice", () -> dedupeFacts(reportIds));
    }
  }

  /**
   * Writes once more the facts of those of these reports that hold a (report_id, key) twice (two writers appended
   * them): each (report_id, key) once, in one overwrite of those reports' facts, which conflicts with any concurrent
   * writer of them.
   */
  private void dedupeFacts(Dataset<Row> reportIds) {
    Dataset<Row> stored = of(LakeSchema.FACTS, reportIds, "report_id");
    List<String> twice = heldTwice(stored, "report_id", "key");
    if (twice.isEmpty()) {
      return;
    }
    LOG.warn("another writer appended the facts of {} of this run's reports meanwhile: writing them once",
        twice.size());
    overwriteWhere(LakeSchema.FACTS, LakeSchema.FACTS_TABLE, "report_id", twice,
        stored.filter(col("report_id").isin(twice.toArray())).dropDuplicates("report_id", "key"));
  }

  /** The rows of a table whose {@code column} holds one of the values of that column in {@code keys}. */
  private Dataset<Row> of(String name, Dataset<Row> keys, String column) {
    Dataset<Row> rows = spark.read().format("delta").load(lake.path(name));
    Dataset<Row> values = broadcast(keys.select(column).distinct());
    return rows.join(values, rows.col(column).equalTo(values.col(column)), "left_semi");
  }

  /** The values of the first key column among the rows that hold a value of the key columns more than once. */
  private static List<String> heldTwice(Dataset<Row> rows, String... key) {
    List<String> out = new ArrayList<>();
    Column[] columns = new Column[key.length];
    for (int i = 0; i < key.length; i++) {
      columns[i] = col(key[i]);
    }
    for (Row r : rows.groupBy(columns).count().filter("count > 1").select(key[0]).distinct().collectAsList()) {
      out.add(r.getString(0));
    }
    return out;
  }

  /** These rows, one per value of {@code key}: the one ingested last. */
  private static Dataset<Row> latest(Dataset<Row> rows, String key) {
    return rows.withColumn("n", row_number().over(
            Window.partitionBy(key).orderBy(col("ingest_time").desc_nulls_last())))
        .filter("n = 1")
        .drop("n");
  }

  /**
   * Replaces every row of a table whose {@code column} holds one of {@code values} with {@code rows}, in one commit:
   * a Delta {@code replaceWhere}, which conflicts with a concurrent commit that adds or removes such rows.
   */
  private void overwriteWhere(String name, StructType schema, String column, List<String> values, Dataset<Row> rows) {
    StringBuilder in = new StringBuilder(column).append(" IN (");
    for (int i = 0; i < values.size(); i++) {
      in.append(i == 0 ? "'" : ", '").append(values.get(i).replace("\\", "\\\\").replace("'", "\\'")).append('\'');
    }
    DataFrameWriter<Row> write = conform(rows, schema).write().format("delta").mode("overwrite")
        .option("replaceWhere", in.append(')').toString());
    if (schema.getFieldIndex(LakeSchema.PARTITION).isDefined()) {
      write = write.partitionBy(LakeSchema.PARTITION);
    }
    write.save(lake.path(name));
  }

  private void deleteFacts(Dataset<Row> reportIds) {
    // a MERGE whose only clause deletes: many target rows may match one source id, which MERGE allows
    DeltaRetry.run("delete replaced facts", () ->
        table(LakeSchema.FACTS, LakeSchema.FACTS_TABLE)
            .as("t")
            .merge(reportIds.select("report_id").distinct().as("s"), "t.report_id = s.report_id")
            .whenMatched()
            .delete()
            .execute());
  }

  /**
   * Brings {@code rejects} up to date for the files just read ({@code path} plus the reject columns, {@code reason}
   * null when the file became a report): a file that now parses leaves {@code rejects}; one per path otherwise.
   */
  void mergeRejects(Dataset<Row> source) {
    Map<String, String> update = assignments(LakeSchema.REJECTS_TABLE);
    DeltaRetry.run("merge rejects", () -> {
      if (createByAppend(LakeSchema.REJECTS, LakeSchema.REJECTS_TABLE, source.filter("reason IS NOT NULL"))) {
        return;
      }
      // the common case: every file read became a report and none of them was a reject before: nothing to write
      if (source.filter("reason IS NOT NULL").isEmpty()
          && table(LakeSchema.REJECTS, LakeSchema.REJECTS_TABLE).toDF().join(source, "path").isEmpty()) {
        return;
      }
      table(LakeSchema.REJECTS, LakeSchema.REJECTS_TABLE)
            .as("t")
            .merge(conform(source, LakeSchema.REJECTS_TABLE).as("s"), "t.path = s.path")
            .whenMatched("s.reason IS NULL")
            .delete()
            .whenMatched()
            .updateExpr(update)
            .whenNotMatched("s.reason IS NOT NULL")
            .insertAll()
            .execute();
    });
  }

  /**
   * Whether the table holds a row of any of these report ids (a scan of its {@code report_id} column, streamed past
   * the run's ids). The ids are broadcast: they are at most the run's documents, while the planner, seeing the
   * persisted wide rows they come from, chose a sort-merge join that sorted all of {@code facts}' ids — at 100,000
   * documents 12M rows, which ran a 3 GB driver out of memory.
   */
  private boolean holdsAny(String name, Dataset<Row> reportIds) {
    Dataset<Row> ids = broadcast(reportIds.select("report_id").distinct());
    return !spark.read().format("delta").load(lake.path(name)).select("report_id").join(ids, "report_id").isEmpty();
  }

  /**
   * Records the files of this run in the {@code inputs} log, one row per path; written last in a run. The first run
   * creates the log by appending its rows. When none of the paths was in the log at version {@code noneSince} (the
   * usual incremental run: only new files) the rows are appended too; they have to be the log's next commit after
   * that version, and when another commit came in between, a path of this run held twice is made one row again (the
   * one ingested last). Otherwise a MERGE on {@code path} updates the known paths and inserts the new ones.
   */
  void mergeInputs(Dataset<Row> source, OptionalLong noneSince) {
    appendOrMerge(LakeSchema.INPUTS, LakeSchema.INPUTS_TABLE, source, () -> noneSince,
        () -> table(LakeSchema.INPUTS, LakeSchema.INPUTS_TABLE)
            .as("t")
            .merge(conform(source, LakeSchema.INPUTS_TABLE).as("s"), "t.path = s.path")
            .whenMatched()
            .updateAll()
            .whenNotMatched()
            .insertAll()
            .execute(),
        () -> dedupeInputs(source));
  }

  /** Makes each of these paths one row of the log again where two writers appended it: the one ingested last. */
  void dedupeInputs(Dataset<Row> paths) {
    Dataset<Row> stored = of(LakeSchema.INPUTS, paths, "path");
    List<String> twice = heldTwice(stored, "path");
    if (twice.isEmpty()) {
      return;
    }
    LOG.warn("another writer logged {} of this run's files meanwhile: making each one row", twice.size());
    overwriteWhere(LakeSchema.INPUTS, LakeSchema.INPUTS_TABLE, "path", twice,
        latest(stored.filter(col("path").isin(twice.toArray())), "path"));
  }

  /**
   * Replaces a derived table (metrics) entirely, partitioned by year when it has a year column. A blind write: two
   * writers creating the table at once is a race the loser retries.
   */
  public void overwrite(String name, Supplier<Dataset<Row>> data) {
    // the data is recomputed on a retry: the other writer's rows are then part of it
    DeltaRetry.run("overwrite " + name, () -> {
      Dataset<Row> rows = data.get();
      DataFrameWriter<Row> write = rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true");
      if (List.of(rows.columns()).contains(LakeSchema.PARTITION)) {
        write = write.partitionBy(LakeSchema.PARTITION);
      }
      write.save(lake.path(name));
    });
  }

  /**
   * Creates the table by appending {@code rows} when it holds no commit yet; false when it exists. A concurrent
   * creator makes the append's first commit fail with a conflict, which the caller's retry turns into a merge.
   */
  private boolean createByAppend(String name, StructType schema, Dataset<Row> rows) {
    if (lake.exists(name)) {
      return false;
    }
    append(name, schema, rows);
    return true;
  }

  /**
   * The table, created on first use by an empty append. Not {@code DeltaTable.createIfNotExists}: that takes a
   * {@code _delta_log} folder without a commit (a run killed while creating the table) for a table and then fails to
   * load it; an append writes the first commit into such a folder. Two writers creating the table at once is a race
   * the loser retries.
   */
  DeltaTable table(String name, StructType schema) {
    return DeltaRetry.get("create " + name, () -> {
      if (!lake.exists(name)) {
        append(name, schema, spark.createDataFrame(List.of(), schema));
      }
      return DeltaTable.forPath(spark, lake.path(name));
    });
  }

  private void append(String name, StructType schema, Dataset<Row> rows) {
    DataFrameWriter<Row> write = conform(rows, schema).write().format("delta").mode("append");
    if (schema.getFieldIndex(LakeSchema.PARTITION).isDefined()) {
      write = write.partitionBy(LakeSchema.PARTITION);
    }
    write.save(lake.path(name));
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
