package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.split;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disclosurelake.accuracy.Expected;

/**
 * The lake's {@code facts} and {@code rejects} against a generated corpus's truth files (a tree parallel to the
 * documents, {@code shard/NAME.expected} for {@code shard/NAME}): what actually landed, not what the parser returned.
 */
final class LakeAccuracy {

  private static final String SUFFIX = ".expected";

  private LakeAccuracy() {}

  static String measure(SparkSession spark, Lake lake, Path truth) throws IOException {
    List<Row> facts = new ArrayList<>();
    List<Row> docs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(truth)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList();
    }
    for (Path f : files) {
      String rel = truth.relativize(f).toString().replace('\\', '/');
      String doc = rel.substring(0, rel.length() - SUFFIX.length());
      Expected e = Expected.parse(Files.readString(f, StandardCharsets.UTF_8));
      docs.add(RowFactory.create(doc, e.expectsRejection()));
      for (Map.Entry<String, BigDecimal> fact : e.facts().entrySet()) {
        facts.add(RowFactory.create(doc, fact.getKey(), ReportRows.value(fact.getValue())));
      }
    }
    Dataset<Row> expectedFacts = spark.createDataFrame(facts, new StructType()
        .add("doc", DataTypes.StringType).add("key", DataTypes.StringType).add("expected", LakeSchema.VALUE));
    Dataset<Row> expectedDocs = spark.createDataFrame(docs, new StructType()
        .add("doc", DataTypes.StringType).add("rejected", DataTypes.BooleanType));
    Dataset<Row> reports = spark.read().format("delta").load(lake.path(LakeSchema.REPORTS))
        .select(col("report_id"), explode(col("source_paths")).as("path"))
        .withColumn("doc", doc(col("path")));
    Dataset<Row> lakeFacts = spark.read().format("delta").load(lake.path(LakeSchema.FACTS))
        .select("report_id", "key", "value")
        .join(reports.select("report_id", "doc"), "report_id");
    Row f = expectedFacts.join(lakeFacts, new String[] {"doc", "key"}, "left")
        .selectExpr("count(*)", "count_if(value = expected)", "count_if(value IS NULL)")
        .first();
    Dataset<Row> rejected = spark.read().format("delta").load(lake.path(LakeSchema.REJECTS))
        .select(doc(col("path")).as("doc"));
    long parsedExpected = expectedDocs.filter("NOT rejected").count();
    long parsedFound = expectedDocs.filter("NOT rejected").join(reports.select("doc").distinct(), "doc").count();
    long rejectedExpected = expectedDocs.filter("rejected").count();
    long rejectedFound = expectedDocs.filter("rejected").join(rejected.distinct(), "doc").count();
    return String.format(java.util.Locale.ROOT,
        "facts right %d of %d (%.2f %%; %d missing); documents in reports %d of %d; in rejects %d of %d",
        f.getLong(1), f.getLong(0), 100.0 * f.getLong(1) / Math.max(1, f.getLong(0)), f.getLong(2),
        parsedFound, parsedExpected, rejectedFound, rejectedExpected);
  }

  /** shard/NAME: the last two components of a path. */
  private static Column doc(Column path) {
    return concat_ws("/", slice(split(path, "/"), -2, 2));
  }
}
