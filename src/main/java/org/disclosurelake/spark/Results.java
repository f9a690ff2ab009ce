package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Turns a query result into text cells for printing: nested values as JSON, decimals without trailing zeros. */
public final class Results {

  private Results() {}

  /** The result's column names, in order (duplicates kept, as SQL allows them). */
  public static List<String> columns(Dataset<Row> df) {
    return List.of(df.columns());
  }

  /** The rows as text (null for SQL NULL), fetched to the driver one partition at a time. */
  public static Iterator<List<String>> rows(Dataset<Row> df) {
    Iterator<Row> rows = printable(df).toLocalIterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public List<String> next() {
        Row r = rows.next();
        List<String> out = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
          out.add(text(r.get(i)));
        }
        return out;
      }
    };
  }

  /** Nested columns as JSON strings; positional names first, so duplicate column names cannot be ambiguous. */
  private static Dataset<Row> printable(Dataset<Row> df) {
    StructField[] fields = df.schema().fields();
    String[] names = new String[fields.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = "c" + i;
    }
    Dataset<Row> renamed = df.toDF(names);
    Column[] columns = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      boolean nested =
          fields[i].dataType() instanceof StructType
              || fields[i].dataType() instanceof ArrayType
              || fields[i].dataType() instanceof MapType;
      columns[i] = nested ? to_json(col(names[i])).as(names[i]) : col(names[i]);
    }
    return renamed.select(columns);
  }

  static String text(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return plain(d);
    }
    if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
      return plain(BigDecimal.valueOf(d));
    }
    if (v instanceof Float f && !f.isNaN() && !f.isInfinite()) {
      return plain(new BigDecimal(f.toString()));
    }
    if (v instanceof byte[] b) {
      return "<" + b.length + " bytes>";
    }
    return v.toString();
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }
}
