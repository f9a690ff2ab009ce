package org.disclosurelake.bench;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.disclosurelake.generate.CorpusGenerator;
import org.disclosurelake.generate.CorpusWriter;
import org.disclosurelake.spark.Lake;
import org.disclosurelake.spark.LakeJob;
import org.disclosurelake.spark.JobConfig;
import org.disclosurelake.spark.RunSummary;
import org.disclosurelake.spark.LakeSchema;

/**
 * End-to-end ingest benchmark in one JVM: the Spark floor (binaryFile + a trivial UDF + count) over a generated
 * corpus, the full run with its stages, a no-op re-run, peak driver heap, and the lake's facts against the truth.
 */
public final class IngestBenchmark {

  /** Every figure of one benchmark run, in print order. */
  public record Result(Map<String, String> figures) {}

  /** The sub-folder of the corpus that holds the 1 % added for the incremental run while it runs. */
  static final String INCREMENT = "increment";

  private final SparkSession spark;
  private final Path work;
  private final java.util.function.BiConsumer<String, String> progress;
  private final String jobMain;

  /** A benchmark under {@code work}; each figure is handed to {@code progress} as soon as it is measured. */
  public IngestBenchmark(SparkSession spark, Path work, java.util.function.BiConsumer<String, String> progress) {
    this(spark, work, progress, null);
  }

  /**
   * @param jobMain the command line's main class, which a sample run ({@code --sample}) starts in a fresh JVM; given by
   *     the caller because the benchmark uses the job and never the command line that runs it
   */
  public IngestBenchmark(
      SparkSession spark, Path work, java.util.function.BiConsumer<String, String> progress, String jobMain) {
    this.spark = spark;
    this.work = work;
    this.progress = progress;
    this.jobMain = jobMain;
  }

  /**
   * Generates (or reuses) a corpus of {@code count} documents, then measures the floor, the full run, the no-op
   * re-run and the lake's accuracy; with {@code accuracyOnly}, only the accuracy of the lake an earlier run left under
   * the work folder. A count of 0 skips the corpus; {@code metricsRows > 0} then times the metric SQL over that many
   * synthetic report rows.
   */
  public Result run(int count, long seed, long metricsRows, boolean accuracyOnly) throws IOException {
    return run(count, seed, metricsRows, accuracyOnly, null);
  }

  /** As {@link #run(int, long, long, boolean)}, then {@code run} on {@code sample} in a fresh JVM when not null. */
  public Result run(int count, long seed, long metricsRows, boolean accuracyOnly, Path sample) throws IOException {
    Map<String, String> out = new LinkedHashMap<>() {
      @Override
      public String put(String key, String value) {
        progress.accept(key, value);
        return super.put(key, value);
      }
    };
    if (count > 0) {
      ingest(out, count, seed, accuracyOnly);
    }
    if (metricsRows > 0 && !accuracyOnly) {
      SyntheticMetrics.time(spark, work.resolve("metrics-lake-" + metricsRows), metricsRows).forEach(out::put);
    }
    if (sample != null && !accuracyOnly) {
      try {
        out.put("fresh run on the sample s", freshProcessRun(sample, work.resolve("sample-lake")));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Cannot time the fresh run: interrupted", e);
      }
    }
    return new Result(out);
  }

  private void ingest(Map<String, String> out, int count, long seed, boolean accuracyOnly) throws IOException {
    Path corpus = work.resolve("corpus-" + count + "-" + seed);
    Path docs = corpus.resolve("docs");
    Path truth = corpus.resolve("truth");
    out.put("corpus", docs.toString());
    out.put("generate", corpusReady(corpus, docs, truth, count, seed));
    out.put("input bytes", String.valueOf(bytes(docs)));
    Path lakeDir = work.resolve("lake-" + count);
    deleteTree(docs.resolve(INCREMENT)); // left behind by a benchmark killed during its incremental run
    if (accuracyOnly) {
      if (!Files.isDirectory(lakeDir.resolve(LakeSchema.REPORTS).resolve("_delta_log"))) {
        throw new IllegalStateException("no lake to measure at " + lakeDir + ": run the benchmark without "
            + "--accuracy-only first");
      }
      long t = System.nanoTime();
      out.put("lake accuracy", LakeAccuracy.measure(spark, new Lake(spark, lakeDir.toString()), truth));
      out.put("accuracy s", fmt(seconds(t)));
      return;
    }
    try (HeapPoller heap = new HeapPoller()) {
      long t0 = System.nanoTime();
      spark.udf().register("byte_length", (UDF1<byte[], Integer>) b -> b.length, DataTypes.IntegerType);
      // sum(length) forces the UDF over every file's bytes (a bare count would let Spark prune the content)
      Row floor = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(docs.toString())
          .select(call_udf("byte_length", col("content")).as("n")).agg(count("n"), sum("n")).first();
      long floorFiles = floor.getLong(0);
      double floorS = seconds(t0);
      out.put("floor files", String.valueOf(floorFiles) + " (" + floor.getLong(1) + " bytes)");
      out.put("floor s", fmt(floorS));
      out.put("floor docs/s", fmt(floorFiles / floorS));

      deleteTree(lakeDir);
      LakeJob job = new LakeJob(spark, new JobConfig(docs.toString(), lakeDir.toString()));
      long t1 = System.nanoTime();
      RunSummary full = job.run();
      double fullS = seconds(t1);
      out.put("run s", fmt(fullS));
      out.put("run docs/s", fmt(full.filesSeen() / fullS));
      out.put("run ÷ floor docs/s", fmt((full.filesSeen() / fullS) / (floorFiles / floorS)));
      out.put("run stages ms", job.stages().millis().toString());
      out.put("reports / rejects / facts", full.reportsWritten() + " / " + full.filesRejected() + " / "
          + full.factsWritten());

      long t2 = System.nanoTime();
      RunSummary again = job.run();
      double noopS = seconds(t2);
      out.put("no-op re-run s", fmt(noopS) + " (" + fmt(100 * noopS / fullS) + " % of the full run; unchanged "
          + again.filesUnchanged() + ")");
      out.put("no-op stages ms", job.stages().millis().toString());
      long t3 = System.nanoTime();
      out.put("lake accuracy", LakeAccuracy.measure(spark, job.lake(), truth));
      out.put("accuracy s", fmt(seconds(t3)));
      increment(out, docs, job, fullS, count, seed);
      out.put("peak heap used MB", String.valueOf(heap.peakBytes() / (1 << 20)));
      out.put("max heap MB", String.valueOf(Runtime.getRuntime().maxMemory() / (1 << 20)));
    }
  }

  /**
   * Adds 1 % new documents (another seed, under {@code docs/increment/}) to the lake of the full run and times the
   * incremental run against the full one; the documents are removed again afterwards, so the corpus stays as generated.
   */
  private void increment(Map<String, String> out, Path docs, LakeJob job, double fullS, int count, long seed)
      throws IOException {
    Path added = docs.resolve(INCREMENT);
    int n = Math.max(1, count / 100);
    try {
      Path scratch = work.resolve("increment-" + n + "-" + seed);
      deleteTree(scratch);
      new CorpusWriter(new CorpusGenerator(seed + 1_000_003L, 0.05), Runtime.getRuntime().availableProcessors())
          .write(scratch, n);
      Files.createDirectories(added);
      try (Stream<Path> s = Files.walk(scratch)) {
        for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected")).toList()) {
          Path target = added.resolve(scratch.relativize(p).toString());
          Files.createDirectories(target.getParent());
          Files.move(p, target);
        }
      }
      deleteTree(scratch);
      long t = System.nanoTime();
      RunSummary more = job.run();
      double incS = seconds(t);
      out.put("1 % incremental run s", fmt(incS) + " (" + more.filesNew() + " new files, " + more.reportsWritten()
          + " reports)");
      out.put("1 % incremental ÷ full run", fmt(incS / fullS));
      out.put("incremental stages ms", job.stages().millis().toString());
    } finally {
      deleteTree(added);
    }
  }

  /**
   * {@code run} on {@code sample} into a fresh lake in a new JVM, as a newcomer's first command runs: the same Java,
   * JVM flags, classpath and Spark settings as this one; wall time from process start to exit.
   */
  public String freshProcessRun(Path sample, Path lake) throws IOException, InterruptedException {
    deleteTree(lake);
    java.util.List<String> command = new java.util.ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")) {
        command.add(arg);
      }
    }
    // what the launcher gives SparkSubmit, which hands it to this JVM as system properties
    for (String key : java.util.List.of("spark.master", "spark.sql.shuffle.partitions",
        "spark.databricks.delta.snapshotPartitions")) {
      if (System.getProperty(key) != null) {
        command.add("-D" + key + "=" + System.getProperty(key));
      }
    }
    // launched by SparkSubmit, the application jar is not on the JVM class path: add it
    String classpath = System.getProperty("java.class.path");
    String app = IngestBenchmark.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    if (!java.util.List.of(classpath.split(java.io.File.pathSeparator)).contains(app)) {
      classpath = classpath + java.io.File.pathSeparator + app;
    }
    if (jobMain == null) {
      throw new IllegalStateException("Cannot time a sample run: no main class of the command line was given");
    }
    command.addAll(java.util.List.of("-cp", classpath,
        jobMain, "run", "--input", sample.toString(), "--lake", lake.toString()));
    Path log = lake.resolveSibling(lake.getFileName() + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    long t = System.nanoTime();
    int exit = pb.start().waitFor();
    double s = seconds(t);
    if (exit != 0) {
      throw new IllegalStateException("Cannot time the fresh run: it exited with " + exit + ", see " + log);
    }
    return fmt(s);
  }

  private static String corpusReady(Path corpus, Path docs, Path truth, int count, long seed) throws IOException {
    Path done = corpus.resolve("COMPLETE");
    if (Files.exists(done)) {
      return "reused";
    }
    deleteTree(corpus);
    long t = System.nanoTime();
    // the base classes, which the parser reads exactly: the lake's accuracy then checks the pipeline, not the parser
    new CorpusWriter(new CorpusGenerator(seed, 0.05, CorpusGenerator.Classes.BASE), Runtime.getRuntime().availableProcessors())
        .write(docs, count);
    // truth files beside the documents would be read as inputs: move them to a parallel tree
    List<Path> expected;
    try (Stream<Path> s = Files.walk(docs)) {
      expected = s.filter(p -> p.getFileName().toString().endsWith(".expected")).toList();
    }
    for (Path p : expected) {
      Path target = truth.resolve(docs.relativize(p));
      Files.createDirectories(target.getParent());
      Files.move(p, target);
    }
    Files.writeString(done, "");
    return fmt(seconds(t)) + " s";
  }

  private static long bytes(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.2f", v);
  }

  /** Samples the driver's used heap every 50 ms; in local mode the driver JVM also runs the tasks. */
  static final class HeapPoller implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapPoller() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      thread = new Thread(() -> {
        while (running) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-poller");
      thread.setDaemon(true);
      thread.start();
    }

    long peakBytes() {
      return peak.get();
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
    }
  }

}
