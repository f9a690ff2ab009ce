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
      "(binaryFile + trivial UDF), the full run per stage, a no-op re-run, the lake's accuracy, a run adding 1 %%",
      "new documents, peak heap; optionally the metric SQL over synthetic rows and a fresh run on a sample."
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

  @Option(
      names = "--sample",
      paramLabel = "DIR",
      description = "Also time `run` on DIR into a fresh lake in a new JVM, as a newcomer's first run (e.g. data/sample).")
  Path sample;

  @Override
  public Integer call() throws Exception {
    if (count <= 0 && metricsRows <= 0 && sample == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "nothing to measure: give --count N (documents), --metrics-rows N and/or --sample DIR");
    }
    SparkSession spark = Sessions.getOrCreate("disclosure-lake bench-ingest");
    PrintWriter out = spec.commandLine().getOut();
    out.printf("master %s, cores %d, -Xmx %d MB%n", spark.sparkContext().master(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    new IngestBenchmark(spark, work, (key, value) -> {
      out.printf("%-30s %s%n", key, value);
      out.flush();
    }, Main.class.getName()).run(count, seed, metricsRows, accuracyOnly, sample);
    return 0;
  }
}
