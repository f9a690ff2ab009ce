package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Exports every table of a lake to one file per table for tools that cannot read Delta: {@code <table>.csv}
 * (UTF-8 with a BOM so spreadsheet programs read the Chinese, header row, RFC 4180 quoting, nested values as JSON)
 * or {@code <table>.parquet} (plain Parquet, nested values kept).
 */
public final class LakeExport {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The export formats. */
  public enum Format {
    CSV,
    PARQUET;

    String extension() {
      return "." + name().toLowerCase(Locale.ROOT);
    }
  }

  private final SparkSession spark;

  public LakeExport(SparkSession spark) {
    this.spark = spark;
  }

  /** Writes each table of the lake to {@code out}; returns the files written. */
  public List<String> export(Lake lake, String out, Format format) {
    List<String> written = new ArrayList<>();
    for (String table : lake.tables()) {
      Dataset<Row> data = spark.read().format("delta").load(lake.path(table));
      Path target = new Path(out, table + format.extension());
      Path staging = new Path(out, "_staging_" + table);
      if (format == Format.CSV) {
        flat(data).coalesce(1).write().mode("overwrite")
            .option("header", "true").option("encoding", "UTF-8")
            // RFC 4180: a quote inside a quoted field is doubled, not backslash-escaped
            .option("escape", "\"").option("lineSep", "\r\n")
            .csv(staging.toString());
      } else {
        data.coalesce(1).write().mode("overwrite").parquet(staging.toString());
      }
      moveSinglePart(staging, target, format == Format.CSV ? BOM : new byte[0]);
      written.add(target.toString());
    }
    return written;
  }

  /** Nested columns (structs, arrays, maps) as JSON text: CSV has no nesting. */
  private static Dataset<Row> flat(Dataset<Row> data) {
    List<Column> columns = new ArrayList<>();
    for (StructField f : data.schema().fields()) {
      boolean nested =
          f.dataType() instanceof StructType || f.dataType() instanceof ArrayType || f.dataType() instanceof MapType;
      columns.add(nested ? to_json(col(f.name())).as(f.name()) : col(f.name()));
    }
    return data.select(columns.toArray(new Column[0]));
  }

  private void moveSinglePart(Path staging, Path target, byte[] prefix) {
    try {
      FileSystem fs = staging.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] parts = fs.globStatus(new Path(staging, "part-*"));
      if (parts == null || parts.length != 1) {
        throw new IllegalStateException("Cannot export: expected one part file in " + staging);
      }
      try (InputStream in = fs.open(parts[0].getPath());
          OutputStream os = fs.create(target, true)) {
        os.write(prefix);
        in.transferTo(os);
      }
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot export to " + target, e);
    }
  }
}
