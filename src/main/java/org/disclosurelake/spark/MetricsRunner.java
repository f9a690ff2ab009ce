package org.disclosurelake.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the metric SQL files of {@code src/main/resources/metrics/} in order, each registered as a temp view named
 * after its file, over the temp views {@code reports} and {@code facts}; the last one is the metric table.
 */
public final class MetricsRunner {

  /** The SQL files (without {@code .sql}), in dependency order. */
  public static final List<String> VIEWS =
      List.of("report_values", "agency_year_reports", LakeSchema.AGENCY_YEAR_METRICS);

  private MetricsRunner() {}

  /** Registers every metric view and returns the last ({@code agency_year_metrics}). */
  public static Dataset<Row> run(SparkSession spark) {
    Dataset<Row> last = null;
    for (String view : VIEWS) {
      last = spark.sql(sql(view));
      last.createOrReplaceTempView(view);
    }
    return last;
  }

  /** The SQL text of a metric view, read from the classpath. */
  public static String sql(String view) {
    String resource = "metrics/" + view + ".sql";
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
