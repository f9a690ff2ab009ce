package org.disclosurelake.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.disclosurelake.report.Vocabulary;

/**
 * The one place that names the lake's tables and columns and declares their types: the parse UDF's result struct
 * and the {@code reports}, {@code facts} and {@code rejects} tables.
 */
public final class LakeSchema {

  public static final String REPORTS = "reports";
  public static final String FACTS = "facts";
  public static final String REJECTS = "rejects";
  public static final String AGENCY_YEAR_METRICS = "agency_year_metrics";
  public static final String INPUTS = "inputs";
  public static final String REPORT_LINKS = "report_links";
  // derived tables rewritten by every metrics run (see MetricTables and metrics/dictionary.tsv)
  public static final String AGENCIES = "agencies";
  public static final String CROSS_YEAR_FINDINGS = "cross_year_findings";
  public static final String REGION_YEAR_METRICS = "region_year_metrics";
  public static final String LEVEL_YEAR_METRICS = "level_year_metrics";
  public static final String METRIC_DICTIONARY = "metric_dictionary";

  /**
   * The column of {@code reports} counting the cells of {@code t2}, {@code t3}, {@code t4} and {@code
   * proactive_total} that hold a value (see {@link #valueCount}): the metrics choose the report of an agency-year
   * stating the most values, and reading this one column costs a fraction of reading the 313 cells it counts.
   */
  public static final String VALUE_COUNT = "value_count";

  /** Every value in the lake: 18 integer digits, 6 decimals (money in 万元 has decimals). */
  public static final DecimalType VALUE = DataTypes.createDecimalType(24, 6);

  /** The rows of the {@code t2} struct column: the 表二 items. */
  public static final List<String> T2_ROWS = Vocabulary.T2_ITEMS;

  /** The rows of the {@code t3} struct column: every 表三 row of either template plus the group totals. */
  public static final List<String> T3_ROWS = Vocabulary.allT3Rows();

  /** The rows of the {@code t4} struct column: the vocabulary's three blocks plus {@code suit} (narrative count). */
  public static final List<String> T4_ROWS = withSuit();

  public static final StructType FINDING =
      struct(
          field("code", DataTypes.StringType),
          field("message", DataTypes.StringType),
          field("keys", DataTypes.createArrayType(DataTypes.StringType)));

  public static final StructType FACT =
      struct(
          field("key", DataTypes.StringType),
          field("value", VALUE),
          field("semantics", DataTypes.StringType),
          field("row_label", DataTypes.StringType),
          field("column_label", DataTypes.StringType),
          field("raw", DataTypes.StringType),
          field("approximate", DataTypes.BooleanType),
          field("ocr", DataTypes.BooleanType),
          field("confidence", DataTypes.DoubleType));

  public static final StructType T2 = grid(T2_ROWS, Vocabulary.T2_COLUMNS);
  public static final StructType T3 = grid(T3_ROWS, Vocabulary.T3_COLUMNS);
  public static final StructType T4 = grid(T4_ROWS, Vocabulary.T4_COLUMNS);

  /** What the parse UDF returns for one file: {@code rejected} is null for a report, else the reason. */
  public static final StructType PARSED =
      struct(
          field("report_id", DataTypes.StringType),
          field("rejected", DataTypes.StringType),
          field("detected_type", DataTypes.StringType),
          field("size", DataTypes.LongType),
          field("agency", DataTypes.StringType),
          field("year", DataTypes.IntegerType),
          field("template", DataTypes.StringType),
          field("form", DataTypes.StringType),
          field("title", DataTypes.StringType),
          field("publication_date", DataTypes.DateType),
          field("charset", DataTypes.StringType),
          field("t2", T2),
          field("t3", T3),
          field("t4", T4),
          field("proactive_total", VALUE),
          field("facts", DataTypes.createArrayType(FACT)),
          field("findings", DataTypes.createArrayType(FINDING)),
          field("fact_count", DataTypes.IntegerType),
          field(VALUE_COUNT, DataTypes.IntegerType),
          field("parser_version", DataTypes.StringType),
          // the other files the parse read (pictures beside an HTML report), null when none
          field("companions", DataTypes.createArrayType(DataTypes.StringType)));

  /** One row per distinct document (identical bytes = one report), partitioned by {@code year}. */
  public static final StructType REPORTS_TABLE =
      struct(
          field("report_id", DataTypes.StringType),
          field("source_paths", DataTypes.createArrayType(DataTypes.StringType)),
          field("agency", DataTypes.StringType),
          field("year", DataTypes.IntegerType),
          field("template", DataTypes.StringType),
          field("form", DataTypes.StringType),
          field("title", DataTypes.StringType),
          field("publication_date", DataTypes.DateType),
          field("charset", DataTypes.StringType),
          field("t2", T2),
          field("t3", T3),
          field("t4", T4),
          field("proactive_total", VALUE),
          field("findings", DataTypes.createArrayType(FINDING)),
          field("fact_count", DataTypes.IntegerType),
          field("parser_version", DataTypes.StringType),
          field("ingest_time", DataTypes.TimestampType),
          // last: a lake written before it had the column gets it added at the end (DeltaWriter.addValueCount)
          field(VALUE_COUNT, DataTypes.IntegerType));

  /** One row per fact of a report, partitioned by {@code year}. */
  public static final StructType FACTS_TABLE =
      struct(
          field("report_id", DataTypes.StringType),
          field("agency", DataTypes.StringType),
          field("year", DataTypes.IntegerType),
          field("template", DataTypes.StringType),
          field("key", DataTypes.StringType),
          field("value", VALUE),
          field("semantics", DataTypes.StringType),
          field("row_label", DataTypes.StringType),
          field("column_label", DataTypes.StringType),
          field("raw", DataTypes.StringType),
          field("approximate", DataTypes.BooleanType),
          field("ocr", DataTypes.BooleanType),
          field("confidence", DataTypes.DoubleType));

  /** One row per file that did not become a report. */
  public static final StructType REJECTS_TABLE =
      struct(
          field("path", DataTypes.StringType),
          field("report_id", DataTypes.StringType),
          field("reason", DataTypes.StringType),
          field("size", DataTypes.LongType),
          field("detected_type", DataTypes.StringType),
          field("ingest_time", DataTypes.TimestampType));

  /**
   * One row per input file ever ingested, written last in a run: what an incremental run compares the listing with.
   * {@code report_id} is the SHA-256 of the bytes read; {@code rejected} the reason when the file became a reject.
   */
  public static final StructType INPUTS_TABLE =
      struct(
          field("path", DataTypes.StringType),
          field("size", DataTypes.LongType),
          field("modification_time", DataTypes.TimestampType),
          field("report_id", DataTypes.StringType),
          field("rejected", DataTypes.StringType),
          field("parser_version", DataTypes.StringType),
          field("ingest_time", DataTypes.TimestampType),
          field("companions", DataTypes.createArrayType(DataTypes.StringType)));

  /** The partition column of reports, facts and metrics. */
  public static final String PARTITION = "year";

  private LakeSchema() {}

  /** The struct field name of a vocabulary row or item: dots become underscores ({@code denied.state_secret}). */
  public static String fieldName(String vocabularyName) {
    return vocabularyName.replace('.', '_').toLowerCase(Locale.ROOT);
  }

  /** The column names of a table schema, in order. */
  public static List<String> columns(StructType schema) {
    return List.of(schema.fieldNames());
  }

  /**
   * {@link #VALUE_COUNT} as a SQL expression over the columns of the table alias {@code alias}: how many cells of
   * {@code t2}, {@code t3}, {@code t4} and {@code proactive_total} are not NULL. The job counts them in Java as it
   * maps a parse result ({@link ReportRows}); this form fills the column in rows written before it existed. An
   * empty alias gives unqualified column names.
   */
  public static String valueCount(String alias) {
    String prefix = alias.isEmpty() ? "" : alias + ".";
    List<String> cells = new ArrayList<>();
    cells(cells, prefix + "t2", T2);
    cells(cells, prefix + "t3", T3);
    cells(cells, prefix + "t4", T4);
    cells.add(prefix + "proactive_total");
    return "size(filter(array(" + String.join(", ", cells) + "), v -> v IS NOT NULL))";
  }

  private static void cells(List<String> out, String prefix, StructType grid) {
    for (StructField row : grid.fields()) {
      for (String column : ((StructType) row.dataType()).fieldNames()) {
        out.add(prefix + "." + row.name() + "." + column);
      }
    }
  }

  private static StructType grid(List<String> rows, List<String> columns) {
    List<StructField> cells = new ArrayList<>();
    for (String column : columns) {
      cells.add(field(column, VALUE));
    }
    StructType row = DataTypes.createStructType(cells);
    List<StructField> out = new ArrayList<>();
    for (String name : rows) {
      out.add(field(fieldName(name), row));
    }
    return DataTypes.createStructType(out);
  }

  private static List<String> withSuit() {
    List<String> blocks = new ArrayList<>(Vocabulary.T4_BLOCKS);
    blocks.add("suit");
    return List.copyOf(blocks);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
