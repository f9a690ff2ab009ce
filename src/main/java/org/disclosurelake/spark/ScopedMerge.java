package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * One MERGE that makes the rows of a derived table inside a scope (e.g. the rows of some agencies) equal to their
 * recomputed rows: a row whose key has no new row is deleted, a changed row updated, a new row inserted. Rows that did
 * not change are left out of the source, so their files are not rewritten, and nothing is committed when nothing
 * changed.
 */
final class ScopedMerge {

  /** Marks a source row whose target row is to be deleted. */
  private static final String GONE = "_gone";

  private final SparkSession spark;
  private final Lake lake;

  ScopedMerge(SparkSession spark, Lake lake) {
    this.spark = spark;
    this.lake = lake;
  }

  /**
   * Whether the recomputed rows can be merged into the table: same column names and types in the same order
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

  /**
   * Merges the change of one table: {@code current} is the table's rows in the scope (read from the table), {@code
   * fresh} their recomputed rows, {@code keys} identify a row (compared null-safe). Returns the rows changed.
   */
  long apply(String name, List<String> keys, Dataset<Row> current, Dataset<Row> fresh) {
    String[] columns = current.columns();
    Dataset<Row> now = fresh.select(asColumns(columns));
    Dataset<Row> upserts = now.exceptAll(current).withColumn(GONE, lit(false));
    Dataset<Row> gone = current.select(asColumns(keys.toArray(String[]::new)))
        .except(now.select(asColumns(keys.toArray(String[]::new))))
        .withColumn(GONE, lit(true));
    Dataset<Row> source = upserts.unionByName(gone, true).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long changes = source.count();
      if (changes == 0) {
        return 0;
      }
      Map<String, String> set = new LinkedHashMap<>();
      for (String c : columns) {
        set.put("`" + c + "`", "s.`" + c + "`");
      }
      String on = keys.stream().map(k -> "t.`" + k + "` <=> s.`" + k + "`").collect(Collectors.joining(" AND "));
      DeltaTable.forPath(spark, lake.path(name))
          .as("t")
          .merge(source.as("s"), on)
          .whenMatched("s." + GONE)
          .delete()
          .whenMatched()
          .updateExpr(set)
          .whenNotMatched("NOT s." + GONE)
          .insertExpr(set)
          .execute();
      return changes;
    } finally {
      source.unpersist();
    }
  }

  private static Column[] asColumns(String[] names) {
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col("`" + names[i] + "`");
    }
    return out;
  }
}
