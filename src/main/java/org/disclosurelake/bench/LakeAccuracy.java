package org.disclosurelake.bench;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.split;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.disclosurelake.accuracy.Expected;
import org.disclosurelake.spark.Lake;
import org.disclosurelake.spark.LakeSchema;
import org.disclosurelake.spark.ReportRows;

/**
 * The lake's {@code facts} and {@code rejects} against a generated corpus's truth files (a tree parallel to the
 * documents, {@code shard/NAME.expected} for {@code shard/NAME}): what actually landed, not what the parser returned.
 */
final class LakeAccuracy {

  private static final String SUFFIX = ".expected";
  private static final StructType EXPECTED_DOC = new StructType()
      .add("rejected", DataTypes.BooleanType)
      .add("findings", DataTypes.createArrayType(DataTypes.StringType));
  private static final StructType EXPECTED_FACT = new StructType()
      .add("key", DataTypes.StringType)
      .add("value", LakeSchema.VALUE);

  private LakeAccuracy() {}

  static String measure(SparkSession spark, Lake lake, Path truth) {
    // read on the executors: 100k truth files hold ~12M facts, more than a driver should build as rows
    spark.udf().register("expected_doc", (UDF1<byte[], Row>) content -> {
      Expected e = expected(content);
      return RowFactory.create(e.expectsRejection(), e.findings() == null ? null : List.copyOf(e.findings()));
    }, EXPECTED_DOC);
    spark.udf().register("expected_facts", (UDF1<byte[], List<Row>>) content -> {
      List<Row> out = new ArrayList<>();
      for (Map.Entry<String, BigDecimal> fact : expected(content).facts().entrySet()) {
        out.add(RowFactory.create(fact.getKey(), ReportRows.value(fact.getValue())));
      }
      return out;
    }, DataTypes.createArrayType(EXPECTED_FACT));
    Dataset<Row> truthFiles = spark.read().format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*" + SUFFIX)
        .load(truth.toString())
        .select(regexp_replace(doc(col("path")), Pattern.quote(SUFFIX) + "$", "").as("doc"), col("content"))
        .persist(StorageLevel.DISK_ONLY());
    try {
      return compare(spark, lake, truthFiles);
    } finally {
      truthFiles.unpersist();
    }
  }

  /** The comparison of the lake with the truth files' (doc, content) rows. */
  private static String compare(SparkSession spark, Lake lake, Dataset<Row> truthFiles) {
    Dataset<Row> expectedDocs = truthFiles
        .select(col("doc"), call_udf("expected_doc", col("content")).as("e"))
        .select(col("doc"), col("e.rejected").as("rejected"), col("e.findings").as("expected_findings"));
    Dataset<Row> expectedFacts = truthFiles
        .select(col("doc"), explode(call_udf("expected_facts", col("content"))).as("f"))
        .select(col("doc"), col("f.key").as("key"), col("f.value").as("expected"));
    Dataset<Row> reports = spark.read().format("delta").load(lake.path(LakeSchema.REPORTS))
        .select(col("report_id"), col("findings.code").as("codes"), explode(col("source_paths")).as("path"))
        .withColumn("doc", doc(col("path")));
    Dataset<Row> lakeFacts = spark.read().format("delta").load(lake.path(LakeSchema.FACTS))
        .select("report_id", "key", "value")
        .join(reports.select("report_id", "doc"), "report_id");
    // clean documents: the generator made their numbers add up; broken ones carry the findings they must raise
    Dataset<Row> factsVsTruth = expectedFacts
        .join(expectedDocs.selectExpr("doc", "coalesce(size(expected_findings) > 0, false) AS broken"), "doc")
        .join(lakeFacts, new String[] {"doc", "key"}, "left");
    Row f = factsVsTruth
        .selectExpr("count(*)", "count_if(value = expected)", "count_if(value IS NULL)",
            "count_if(NOT broken)", "count_if(NOT broken AND value = expected)")
        .first();
    Row flags = expectedDocs.filter("NOT rejected AND expected_findings IS NOT NULL")
        .join(reports.select("doc", "codes"), new String[] {"doc"}, "left")
        .selectExpr(
            "count_if(size(expected_findings) > 0)",
            "count_if(size(expected_findings) > 0 AND size(array_intersect(expected_findings, codes)) > 0)",
            "count_if(size(expected_findings) = 0)",
            "count_if(size(expected_findings) = 0 AND size(codes) = 0)")
        .first();
    Dataset<Row> rejected = spark.read().format("delta").load(lake.path(LakeSchema.REJECTS))
        .select(doc(col("path")).as("doc"));
    long parsedExpected = expectedDocs.filter("NOT rejected").count();
    long parsedFound = expectedDocs.filter("NOT rejected").join(reports.select("doc").distinct(), "doc").count();
    long rejectedExpected = expectedDocs.filter("rejected").count();
    long rejectedFound = expectedDocs.filter("rejected").join(rejected.distinct(), "doc").count();
    return String.format(java.util.Locale.ROOT,
        "facts right %d of %d (%.2f %%; %d missing); of clean documents' facts %d of %d (%.2f %%);"
            + " broken documents flagged %d of %d; clean documents without findings %d of %d;"
            + " documents in reports %d of %d; in rejects %d of %d",
        f.getLong(1), f.getLong(0), percent(f.getLong(1), f.getLong(0)), f.getLong(2),
        f.getLong(4), f.getLong(3), percent(f.getLong(4), f.getLong(3)),
        flags.getLong(1), flags.getLong(0), flags.getLong(3), flags.getLong(2),
        parsedFound, parsedExpected, rejectedFound, rejectedExpected);
  }

  private static Expected expected(byte[] content) {
    return Expected.parse(new String(content, StandardCharsets.UTF_8));
  }

  private static double percent(long part, long whole) {
    return 100.0 * part / Math.max(1, whole);
  }

  /** shard/NAME: the last two components of a path. */
  private static Column doc(Column path) {
    return concat_ws("/", slice(split(path, "/"), -2, 2));
  }
}
