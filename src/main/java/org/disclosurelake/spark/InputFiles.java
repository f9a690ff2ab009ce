package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disclosurelake.parse.ReportParser;

/**
 * The input side of an incremental run: the listing (path, size, modification time — no content read), the files
 * that differ from the {@code inputs} log, and the parse of only those files.
 */
final class InputFiles {

  static final String SHA256 = "content_sha256";

  /** A listed file compared with the log: the known_* columns are null for a new file. */
  static final StructType CANDIDATE =
      new StructType()
          .add("path", DataTypes.StringType)
          .add("size", DataTypes.LongType)
          .add("modification_time", DataTypes.TimestampType)
          .add("known_id", DataTypes.StringType)
          .add("known_rejected", DataTypes.StringType)
          .add("known_version", DataTypes.StringType);

  private final SparkSession spark;
  private final String input;

  InputFiles(SparkSession spark, String input) {
    this.spark = spark;
    this.input = input;
  }

  private Dataset<Row> binaryFiles(String... paths) {
    return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths);
  }

  /** path, size, modification_time of every input file; selecting no content makes binaryFile read no bytes. */
  Dataset<Row> listing() {
    Dataset<Row> files =
        binaryFiles(input).select(col("path"), col("length").as("size"), col("modificationTime").as("modification_time"));
    List<Row> empty = new ArrayList<>();
    for (FileStatus f : EmptyFiles.under(spark, input)) {
      empty.add(RowFactory.create(f.getPath().toString(), 0L, new Timestamp(f.getModificationTime())));
    }
    StructType schema = new StructType(java.util.Arrays.copyOf(CANDIDATE.fields(), 3));
    return files.unionByName(spark.createDataFrame(empty, schema));
  }

  /**
   * The listed files to process, collected to the driver: all of them when re-parsing, else those that are new, whose
   * size or modification time changed, or that an older parser version read.
   */
  static List<Row> candidates(Dataset<Row> listing, Dataset<Row> log, boolean reparse) {
    Dataset<Row> known =
        log.select(
            col("path"),
            col("size").as("known_size"),
            col("modification_time").as("known_time"),
            col("report_id").as("known_id"),
            col("rejected").as("known_rejected"),
            col("parser_version").as("known_version"));
    Column changed =
        col("known_size").isNull()
            .or(col("known_size").notEqual(col("size")))
            .or(col("known_time").notEqual(col("modification_time")))
            .or(col("known_version").notEqual(lit(ReportParser.VERSION)));
    Dataset<Row> joined = listing.join(known, listing.col("path").equalTo(known.col("path")), "left")
        .select(listing.col("path"), col("size"), col("modification_time"), col("known_id"), col("known_rejected"),
            col("known_version"), col("known_size"), col("known_time"));
    return (reparse ? joined : joined.filter(changed))
        .select(CANDIDATE.fieldNames()[0], java.util.Arrays.copyOfRange(CANDIDATE.fieldNames(), 1, 6))
        .collectAsList();
  }

  /**
   * path, size, modification_time, known_*, parsed: the candidates read and parsed. {@code parsed} is null for a file
   * whose bytes hash to what the log already holds for the same parser version (only its time changed): no parse.
   */
  Dataset<Row> parsed(List<Row> candidates, long listedNonEmpty, boolean reparse) {
    if (!spark.catalog().functionExists(ParseUdf.NAME)) {
      spark.udf().register(ParseUdf.NAME, new ParseUdf(), LakeSchema.PARSED);
    }
    if (!spark.catalog().functionExists(SHA256)) {
      spark.udf().register(SHA256, (UDF1<byte[], String>) ReportParser::sha256, DataTypes.StringType);
    }
    List<Row> nonEmpty = new ArrayList<>();
    List<Row> empty = new ArrayList<>();
    for (Row c : candidates) {
      (c.getLong(1) == 0 ? empty : nonEmpty).add(c);
    }
    Dataset<Row> candidateFrame = spark.createDataFrame(nonEmpty, CANDIDATE);
    // the whole input when every file is a candidate (first run, --reparse); else only the candidates' paths
    Dataset<Row> files =
        nonEmpty.size() == listedNonEmpty ? binaryFiles(input) : binaryFiles(escapedPaths(nonEmpty));
    Column sameBytes =
        lit(!reparse)
            .and(col("known_id").equalTo(call_udf(SHA256, col("content"))))
            .and(col("known_version").equalTo(lit(ReportParser.VERSION)));
    Dataset<Row> read =
        files.select(col("path"), col("length").as("size"), col("modificationTime").as("modification_time"),
                col("content"))
            .join(broadcast(candidateFrame.drop("size", "modification_time")), "path")
            .select(
                col("path"), col("size"), col("modification_time"), col("known_id"), col("known_rejected"),
                col("known_version"),
                when(sameBytes, lit(null).cast(LakeSchema.PARSED))
                    .otherwise(call_udf(ParseUdf.NAME, col("content"), col("path")))
                    .as("parsed"));
    return nonEmpty.isEmpty() ? emptyFiles(empty) : read.unionByName(emptyFiles(empty));
  }

  /** Empty files, which binaryFile skips: parsed on the driver (no bytes to ship). */
  private Dataset<Row> emptyFiles(List<Row> empty) {
    ParseUdf parser = new ParseUdf();
    List<Row> rows = new ArrayList<>();
    for (Row c : empty) {
      rows.add(RowFactory.create(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5),
          parser.call(new byte[0], c.getString(0))));
    }
    return spark.createDataFrame(rows, CANDIDATE.add("parsed", LakeSchema.PARSED));
  }

  /** Paths given to the reader are glob patterns: escape the glob characters a file name may contain. */
  private static String[] escapedPaths(List<Row> candidates) {
    String[] out = new String[candidates.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = candidates.get(i).getString(0).replaceAll("([\\\\\\[\\]{}*?])", "\\\\$1");
    }
    return out;
  }
}
