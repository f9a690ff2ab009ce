package org.disclosurelake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.bench.IngestBenchmark;
import org.disclosurelake.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench-ingest}: the end-to-end ingest benchmark of BENCHMARKS.md, floor included, in one run. */
@Command(
    name = "bench-ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Generate (or reuse) a corpus of N documents under --work, then measure in one JVM: the Spark floor",
      "(binaryFile + trivial UDF), the full run per stage, a no-op re-run, peak heap, and the lake's accuracy."
    })
final class BenchIngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--count",
      defaultValue = "0",
      paramLabel = "N",
      description = "Documents in the corpus (default: ${DEFAULT-VALUE}: no corpus, only --metrics-rows).")
  int count;

  @Option(names = "--work", required = true, paramLabel = "DIR", description = "Folder for the corpus and lakes.")
  Path work;

  @Option(names = "--seed", defaultValue = "1", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--metrics-rows",
      defaultValue = "0",
      paramLabel = "N",
      description = "Also time the metric SQL over N synthetic report rows (default: ${DEFAULT-VALUE}, skipped).")
  long metricsRows;

  @Option(
      names = "--accuracy-only",
      description = "Only measure the accuracy of the lake an earlier run of this command left under --work.")
  boolean accuracyOnly;

  @Override
  public Integer call() throws Exception {
    if (count <= 0 && metricsRows <= 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "nothing to measure: give --count N (documents) and/or --metrics-rows N");
    }
    SparkSession spark = Sessions.getOrCreate("disclosure-lake bench-ingest");
    PrintWriter out = spec.commandLine().getOut();
    out.printf("master %s, cores %d, -Xmx %d MB%n", spark.sparkContext().master(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    new IngestBenchmark(spark, work, (key, value) -> {
      out.printf("%-30s %s%n", key, value);
      out.flush();
    }).run(count, seed, metricsRows, accuracyOnly);
    return 0;
  }
}
