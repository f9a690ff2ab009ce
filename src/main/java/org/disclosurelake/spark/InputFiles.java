package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disclosurelake.parse.BudgetedParser;
import org.disclosurelake.parse.Limits;
import org.disclosurelake.parse.ReportParser;

/**
 * The input side of an incremental run: the listing (path, size, modification time — no content read), the files
 * that differ from the {@code inputs} log, and the parse of only those files.
 */
final class InputFiles {

  static final String SHA256 = "content_sha256";

  /** Where the session notes the limits its parse function was registered with. */
  private static final String LIMITS_KEY = "disclosurelake.parse.limits";

  private static final org.apache.spark.sql.types.DataType COMPANIONS =
      DataTypes.createArrayType(DataTypes.StringType);

  /** A listed file compared with the log: the known_* columns are null for a new file. */
  static final StructType CANDIDATE =
      new StructType()
          .add("path", DataTypes.StringType)
          .add("size", DataTypes.LongType)
          .add("modification_time", DataTypes.TimestampType)
          .add("known_id", DataTypes.StringType)
          .add("known_rejected", DataTypes.StringType)
          .add("known_version", DataTypes.StringType)
          .add("known_companions", COMPANIONS);

  private final SparkSession spark;
  private final String input;
  private final Limits limits;

  /** The input of a run, with the limits of its parse. */
  InputFiles(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.input = config.input();
    this.limits = config.limits();
  }

  /** Whether a listed file is read and parsed: not empty (Spark skips those) and within the size limit. */
  Column readable() {
    return col("size").gt(0).and(admitted(col("size")));
  }

  /** {@link Limits#admits} as a column: whether a file of this size is read at all. */
  private Column admitted(Column size) {
    return size.leq(limits.maxFileBytes());
  }

  private Dataset<Row> binaryFiles(String... paths) {
    return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths);
  }

  /**
   * path, size, modification_time of every input file, from the file system's metadata (no content read). Paths are
   * written as {@code binaryFile} writes them, so the listing joins with the files read later.
   */
  Dataset<Row> listing() {
    List<Row> files = new ArrayList<>();
    for (FileStatus f : FileListing.under(spark, input)) {
      files.add(RowFactory.create(f.getPath().toString(), f.getLen(), new Timestamp(f.getModificationTime())));
    }
    return spark.createDataFrame(files, new StructType(java.util.Arrays.copyOf(CANDIDATE.fields(), 3)));
  }

  /**
   * The listed files to process, collected to the driver: all of them when re-parsing, else those that are new, whose
   * size or modification time changed, or that an older parser version read — and those whose logged companions
   * (the pictures an HTML report was read with) are among those or no longer listed: a page is read again when a
   * picture beside it changed. Such a page's bytes did not change, so its known version is dropped: that is what
   * makes {@link #parsed} read it instead of keeping its logged outcome as "same bytes".
   */
  static List<Row> candidates(Dataset<Row> listing, Dataset<Row> log, boolean reparse) {
    Dataset<Row> known =
        log.select(
            col("path"),
            col("size").as("known_size"),
            col("modification_time").as("known_time"),
            col("report_id").as("known_id"),
            col("rejected").as("known_rejected"),
            col("parser_version").as("known_version"),
            // a log written before companions were recorded has no such column
            (List.of(log.columns()).contains("companions") ? col("companions") : lit(null).cast(COMPANIONS))
                .as("known_companions"));
    Column changed =
        col("known_size").isNull()
            .or(col("known_size").notEqual(col("size")))
            .or(col("known_time").notEqual(col("modification_time")))
            .or(col("known_version").notEqual(lit(ReportParser.VERSION)));
    Dataset<Row> joined = listing.join(known, listing.col("path").equalTo(known.col("path")), "left")
        .select(listing.col("path"), col("size"), col("modification_time"), col("known_id"), col("known_rejected"),
            col("known_version"), col("known_companions"), col("known_size"), col("known_time"));
    String first = CANDIDATE.fieldNames()[0];
    String[] rest = java.util.Arrays.copyOfRange(CANDIDATE.fieldNames(), 1, CANDIDATE.size());
    if (reparse) {
      return joined.select(first, rest).collectAsList();
    }
    Dataset<Row> links = known.select(col("path").as("dependent"), explode(col("known_companions")).as("companion"));
    if (links.isEmpty()) { // the common lake: no page was read with pictures beside it
      return joined.filter(changed).select(first, rest).collectAsList();
    }
    Dataset<Row> touched = joined.filter(changed).select(col("path").as("companion"))
        .union(known.select(col("path").as("companion")).except(listing.select(col("path").as("companion"))));
    Dataset<Row> dependents = links.join(touched, "companion").select("dependent").distinct();
    Column dependent = col("dependent").isNotNull();
    return joined.join(dependents, joined.col("path").equalTo(dependents.col("dependent")), "left")
        .filter(changed.or(dependent))
        .withColumn("known_version", when(dependent, lit(null).cast(DataTypes.StringType))
            .otherwise(col("known_version")))
        .select(first, rest)
        .collectAsList();
  }

  /**
   * Whether a candidate is not in the log at all. Its known id alone does not tell: a picture read with its page is
   * logged without one; every logged file has a parser version, except a page read again for its companions, which
   * has its report id.
   */
  static boolean isNew(Row candidate) {
    return candidate.isNullAt(3) && candidate.isNullAt(4) && candidate.isNullAt(5);
  }

  /**
   * path, size, modification_time, known_*, parsed: the candidates read and parsed. {@code parsed} is null for a file
   * whose bytes hash to what the log already holds for the same parser version (only its time changed): no parse.
   * Empty and oversize files are rejected on the driver from their listed size: no byte of them is read.
   */
  Dataset<Row> parsed(List<Row> candidates, long listedReadable, boolean reparse) {
    // the limits are part of the function: registered again when a run asks for other ones
    String registered = limits.toString();
    if (!spark.catalog().functionExists(ParseUdf.NAME) || !registered.equals(spark.conf().get(LIMITS_KEY, ""))) {
      spark.udf().register(ParseUdf.NAME, new ParseUdf(limits), LakeSchema.PARSED);
      spark.conf().set(LIMITS_KEY, registered);
    }
    if (!spark.catalog().functionExists(SHA256)) {
      spark.udf().register(SHA256, (UDF1<byte[], String>) ReportParser::sha256, DataTypes.StringType);
    }
    List<Row> readable = new ArrayList<>();
    List<Row> unread = new ArrayList<>();
    for (Row c : candidates) {
      long size = c.getLong(1);
      (size > 0 && limits.admits(size) ? readable : unread).add(c);
    }
    Dataset<Row> candidateFrame = spark.createDataFrame(readable, CANDIDATE);
    // the whole input when every file is a candidate (first run, --reparse); else only the candidates' paths. The
    // length filter is pushed into binaryFile, which then skips oversize files without reading them.
    Dataset<Row> files =
        (readable.size() == listedReadable ? binaryFiles(input) : binaryFiles(escapedPaths(readable)))
            .filter(admitted(col("length")));
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
                col("known_version"), col("known_companions"),
                when(sameBytes, lit(null).cast(LakeSchema.PARSED))
                    .otherwise(call_udf(ParseUdf.NAME, col("content"), col("path")))
                    .as("parsed"));
    return readable.isEmpty() ? unreadFiles(unread) : read.unionByName(unreadFiles(unread));
  }

  /**
   * Empty files, which binaryFile skips, and oversize files, which it must not read: rejected on the driver from
   * their listed size. An oversize file's type is sniffed from its first bytes; its content hash stays unknown.
   */
  private Dataset<Row> unreadFiles(List<Row> unread) {
    ParseUdf parser = new ParseUdf(limits);
    List<Row> rows = new ArrayList<>();
    for (Row c : unread) {
      long size = c.getLong(1);
      Row parsed =
          size == 0
              ? parser.call(new byte[0], c.getString(0))
              : ReportRows.toRow(BudgetedParser.oversize(c.getString(0), head(c.getString(0)), size, limits), size);
      rows.add(RowFactory.create(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), parsed));
    }
    return spark.createDataFrame(rows, CANDIDATE.add("parsed", LakeSchema.PARSED));
  }

  /** The first bytes of a file, to tell its type; none when they cannot be read. */
  private byte[] head(String path) {
    Path p = new Path(path);
    try (FSDataInputStream in = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(p)) {
      return in.readNBytes(BudgetedParser.SNIFF_BYTES);
    } catch (IOException e) {
      return new byte[0];
    }
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
