package org.disclosurelake.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.parse.ParserVersion;

/**
 * Runs the metric SQL files of {@code src/main/resources/metrics/} in order, each registered as a temp view named
 * after its file, over the temp view {@code reports} (its typed t2/t3/t4 columns; {@code facts} is not read) and the
 * {@code agencies} view it builds from {@code reports} with the agency resolver.
 */
public final class MetricsRunner {

  /** The SQL files (without {@code .sql}), in dependency order. */
  public static final List<String> VIEWS =
      List.of(
          "report_values",
          "agency_year_reports",
          "application_metrics",
          "outcome_metrics",
          "requester_metrics",
          "backlog_metrics",
          "dispute_metrics",
          "correction_metrics",
          "disclosure_metrics",
          MetricsRunner.AGENCY_YEAR_VALUES,
          LakeSchema.AGENCY_YEAR_METRICS,
          LakeSchema.CROSS_YEAR_FINDINGS,
          "rollups",
          LakeSchema.REGION_YEAR_METRICS,
          LakeSchema.LEVEL_YEAR_METRICS);

  /** The views that are written to the lake as tables, besides {@code agencies} and the dictionary. */
  public static final List<String> OUTPUTS =
      List.of(
          LakeSchema.AGENCY_YEAR_METRICS,
          LakeSchema.CROSS_YEAR_FINDINGS,
          LakeSchema.REGION_YEAR_METRICS,
          LakeSchema.LEVEL_YEAR_METRICS);

  /** {@code agency_year_metrics} without its ranks: what one agency's reports determine. */
  static final String AGENCY_YEAR_VALUES = "agency_year_values";

  /** The view cached by {@link #runAll} (released by {@link #release}). */
  public static final String CACHED = "agency_year_reports";

  private static final String CONSTRAINT_PROPAGATION = "spark.sql.constraintPropagation.enabled";

  private MetricsRunner() {}

  /** Drops the cached intermediate view of the last run. */
  public static void release(SparkSession spark) {
    if (spark.catalog().tableExists(CACHED)) {
      spark.catalog().uncacheTable(CACHED);
    }
  }

  /** Registers {@code agencies} and every metric view and returns {@code agency_year_metrics}. */
  public static Dataset<Row> run(SparkSession spark) {
    return runAll(spark).get(LakeSchema.AGENCY_YEAR_METRICS);
  }

  /** Registers {@code agencies} and every metric view; returns the output tables by name, agencies first. */
  public static Map<String, Dataset<Row>> runAll(SparkSession spark) {
    // the optimizer's constraint propagation copies every constraint over every alias of report_values' ~40 typed
    // values and the views joined on them: planning agency_year_reports took minutes of CPU. It only infers extra
    // filters, which these joins do not need; the session keeps it off, since the views are planned when written.
    spark.conf().set(CONSTRAINT_PROPAGATION, false);
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    Dataset<Row> agencies = AgencyTable.build(spark, spark.table(LakeSchema.REPORTS));
    agencies.createOrReplaceTempView(LakeSchema.AGENCIES);
    out.put(LakeSchema.AGENCIES, agencies);
    register(spark, VIEWS).forEach((view, result) -> {
      if (OUTPUTS.contains(view)) {
        out.put(view, result);
      }
    });
    return out;
  }

  /**
   * Registers these metric views, in this order, over the temp views they read ({@code reports}, {@code agencies},
   * …); returns them by name. {@link #CACHED} is cached when it is among them.
   */
  static Map<String, Dataset<Row>> register(SparkSession spark, List<String> views) {
    spark.conf().set(CONSTRAINT_PROPAGATION, false);
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    for (String view : views) {
      Dataset<Row> result = spark.sql(sql(view));
      result.createOrReplaceTempView(view);
      if (view.equals(CACHED)) {
        // every metric family joins it to itself on year - 1: compute the pivot and the choice once
        spark.catalog().cacheTable(view);
      }
      out.put(view, result);
    }
    return out;
  }

  /**
   * A hash of everything the derived tables are computed with besides the data: every metric SQL file, the metric
   * dictionary and the agency resolver's version (its code, aliases, development zones and gazetteer: a new alias
   * moves reports to another agency id, region or level). A lake whose derived tables carry another one gets them
   * recomputed in full.
   */
  static String fingerprint() {
    return fingerprint(ParserVersion.resolver());
  }

  /** {@link #fingerprint()} with this agency resolver version. */
  static String fingerprint(String resolverVersion) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash the metric SQL: no SHA-256", e);
    }
    List<String> files = new ArrayList<>();
    VIEWS.forEach(v -> files.add(v + ".sql"));
    files.add(LakeSchema.REPORT_LINKS + ".sql");
    files.add("dictionary.tsv");
    for (String f : files) {
      sha.update(f.getBytes(StandardCharsets.UTF_8));
      sha.update(resource("metrics/" + f).getBytes(StandardCharsets.UTF_8));
    }
    sha.update(("resolver\0" + resolverVersion).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The SQL text of a metric view, read from the classpath. */
  public static String sql(String view) {
    return resource("metrics/" + view + ".sql");
  }

  private static String resource(String resource) {
    try (InputStream in = MetricsRunner.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find metric SQL on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read metric SQL: " + resource, e);
    }
  }
}
