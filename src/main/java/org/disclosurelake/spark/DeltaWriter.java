package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaMergeBuilder;
import io.delta.tables.DeltaTable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Idempotent writes into the lake's Delta tables: created on first use, then merged so re-runs never duplicate. */
public final class DeltaWriter {

  private final SparkSession spark;
  private final Lake lake;

  public DeltaWriter(SparkSession spark, Lake lake) {
    this.spark = spark;
    this.lake = lake;
  }

  /**
   * Merges reports on {@code report_id}: new ones inserted, known ones refreshed with their path lists united. Into a
   * table that does not exist yet the rows are appended, which creates it (no join against an empty target); a
   * writer that loses the race to create it retries, and then merges. When none of the ids is in the table (checked
   * against its {@code report_id} column only) the MERGE is insert-only, which Delta runs as an anti-join and an
   * append: no file of the table is rewritten, and a concurrent writer inserting the same report still conflicts.
   */
  void mergeReports(Dataset<Row> source) {
    Map<String, String> update = assignments(LakeSchema.REPORTS_TABLE);
    update.put("source_paths", "array_sort(array_distinct(concat(t.source_paths, s.source_paths)))");
    DeltaRetry.run("merge reports", () -> {
      if (createByAppend(LakeSchema.REPORTS, LakeSchema.REPORTS_TABLE, source)) {
        return;
      }
      DeltaMergeBuilder merge = table(LakeSchema.REPORTS, LakeSchema.REPORTS_TABLE)
          .as("t")
          .merge(conform(source, LakeSchema.REPORTS_TABLE).as("s"), "t.report_id = s.report_id");
      if (holdsAny(LakeSchema.REPORTS, source)) {
        merge = merge.whenMatched().updateExpr(update);
      }
      merge.whenNotMatched().insertAll().execute();
    });
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
   * Replaces the facts of the given reports: deletes every fact of those report ids, then inserts the new ones with a
   * MERGE on {@code (report_id, key)} (keys are unique within a report). Two writers holding the same report
   * therefore cannot both insert it: the second MERGE conflicts with the first, retries, and finds its rows. Into a
   * table that does not exist yet the facts are appended, which creates it.
   */
  void replaceFacts(Dataset<Row> reportIds, Dataset<Row> facts) {
    Dataset<Row> rows = conform(facts, LakeSchema.FACTS_TABLE);
    DeltaRetry.run("insert facts", () -> {
      if (createByAppend(LakeSchema.FACTS, LakeSchema.FACTS_TABLE, rows)) {
        return;
      }
      // new reports have no facts yet (facts are written after their report, deleted before it): no delete then
      if (holdsAny(LakeSchema.FACTS, reportIds)) {
        deleteFacts(reportIds);
      }
      table(LakeSchema.FACTS, LakeSchema.FACTS_TABLE)
          .as("t")
          .merge(rows.as("s"), "t.report_id = s.report_id AND t.key = s.key")
          .whenNotMatched()
          .insertAll()
          .execute();
    });
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
   * creates the log by appending its rows (one commit, no join against an empty table).
   */
  void mergeInputs(Dataset<Row> source) {
    DeltaRetry.run("merge inputs", () -> {
      if (createByAppend(LakeSchema.INPUTS, LakeSchema.INPUTS_TABLE, source)) {
        return;
      }
      table(LakeSchema.INPUTS, LakeSchema.INPUTS_TABLE)
          .as("t")
          .merge(conform(source, LakeSchema.INPUTS_TABLE).as("s"), "t.path = s.path")
          .whenMatched()
          .updateAll()
          .whenNotMatched()
          .insertAll()
          .execute();
    });
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
