package org.disclosurelake.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.spark.JobConfig;
import org.disclosurelake.spark.LakeJob;
import org.disclosurelake.spark.LakeSchema;
import org.disclosurelake.spark.Results;
import org.disclosurelake.spark.RunSummary;
import org.disclosurelake.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: ingest the input into the lake, recompute the metrics, print a summary. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Ingest reports into the lake, then compute agency_year_metrics. Exit 0 even if files were rejected.")
final class RunCommand implements Callable<Integer> {

  private static final int PREVIEW_ROWS = 10;

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      defaultValue = JobConfig.DEFAULT_INPUT,
      description = "File or folder of reports, read recursively (default: ${DEFAULT-VALUE}).")
  String input;

  @Option(
      names = "--lake",
      paramLabel = "PATH",
      defaultValue = JobConfig.DEFAULT_LAKE,
      description = "Lake folder, one Delta table per sub-folder (default: ${DEFAULT-VALUE}).")
  String lake;

  @Option(
      names = "--reparse",
      description = "Parse every input file again, not only new and changed ones (e.g. after a parser fix).")
  boolean reparse;

  @Option(
      names = "--recompute-metrics",
      description = "Recompute every derived table from `reports` even when no input changed (e.g. after an upgrade"
          + " that changed the metric SQL); a run that writes anything otherwise recomputes only what its reports change.")
  boolean recomputeMetrics;

  @Option(
      names = "--timings",
      description = "Also print the parts of each step's wall time (the derived tables one by one under metrics).")
  boolean timings;

  @Mixin LimitOptions limits;

  @Override
  public Integer call() {
    LocalPaths.expectExisting(spec.commandLine(), "--input", input);
    long start = System.nanoTime();
    SparkSession spark = Sessions.getOrCreate("disclosure-lake run");
    JobConfig.Mode mode = reparse ? JobConfig.Mode.REPARSE : JobConfig.Mode.INCREMENTAL;
    LakeJob job = new LakeJob(spark, new JobConfig(input, lake, mode, limits.limits()));
    if (recomputeMetrics) {
      job.recomputeAllMetrics();
    }
    RunSummary summary = job.run();
    if (recomputeMetrics && !job.computedMetrics() && job.lake().exists(LakeSchema.REPORTS)) {
      job.computeMetrics();
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("lake:            %s%n", job.lake());
    out.printf("files seen:      %d%n", summary.filesSeen());
    out.printf(
        "  new %d, changed %d (same bytes %d), unchanged %d%n",
        summary.filesNew(), summary.filesChanged(), summary.filesSameBytes(), summary.filesUnchanged());
    out.printf("reports written: %d%n", summary.reportsWritten());
    out.printf("files rejected:  %d%n", summary.filesRejected());
    summary.rejectsByReason().forEach((kind, n) -> out.printf("  %-28s%6d%n", kind + ":", n));
    if (summary.internalErrors() > 0) {
      out.printf("  (internal errors are bugs of disclosure-lake, not of the files: the rejects table names each file"
          + " and the code that failed)%n");
    }
    out.printf("facts written:   %d%n", summary.factsWritten());
    out.printf("findings:        %s%n", findings(summary.findingsByCode()));
    out.printf("wall time:       %.1f s%n", wall.toMillis() / 1000.0);
    // the steps of the run; the parts of a step ("metrics/agencies") with --timings, before the step's total
    job.stages().millis().forEach((stage, ms) -> {
      if (stage.indexOf('/') < 0) {
        out.printf("  %-18s%6.1f s%n", stage + ":", ms / 1000.0);
      } else if (timings) {
        out.printf("    %-28s%6.1f s%n", stage + ":", ms / 1000.0);
      }
    });
    if (!job.lake().exists(LakeSchema.AGENCY_YEAR_METRICS)) {
      out.flush();
      return 0;
    }
    Dataset<Row> metrics =
        spark.read().format("delta").load(job.lake().path(LakeSchema.AGENCY_YEAR_METRICS))
            .select(PREVIEW_COLUMNS.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
            .orderBy("agency", "year");
    out.printf("%n%s (first %d rows):%n", LakeSchema.AGENCY_YEAR_METRICS, PREVIEW_ROWS);
    TextTable.print(out, Results.columns(metrics), Results.rows(metrics.limit(PREVIEW_ROWS)), PREVIEW_ROWS);
    out.flush();
    return 0;
  }

  // the first columns of agency_year_metrics; the table has ~80 (see the metric dictionary)
  private static final java.util.List<String> PREVIEW_COLUMNS =
      java.util.List.of(
          "agency", "year", "applications", "applications_prev_year", "applications_yoy_change", "grant_rate",
          "review_per_100", "litigation_per_100", "review_correction_rate", "proactive_total");

  private static String findings(Map<String, Long> byCode) {
    if (byCode.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    byCode.forEach((code, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(code).append(' ').append(n));
    return sb.toString();
  }
}
