package org.disclosurelake.accuracy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.disclosurelake.parse.ReportParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code accuracy}: parses every document that has a NAME.expected beside it and reports how much was right. */
@Command(
    name = "accuracy",
    mixinStandardHelpOptions = true,
    description = "Walks the folders recursively, parses every document FILE that has FILE.expected beside it, and "
        + "prints per-field accuracy, documents fully correct and every mismatch. With --consistency, needs no "
        + "expected files: parses every document and prints the share whose parse is complete and self-consistent, "
        + "and the rest with their first problem. Exit code 0 unless arguments are bad.")
public final class AccuracyCommand implements Callable<Integer> {

  static final String SUFFIX = ".expected";

  /** One document's expectation and how the parse compared with it. */
  private record Checked(Expected expected, Comparison comparison) {}

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders to walk (or single documents)")
  List<Path> roots;

  @Option(names = "--json", description = "print one JSON object instead of text")
  boolean json;

  @Option(names = "--consistency",
      description = "label-free: parse every document (.html .htm .shtml .txt .md .pdf .doc .docx) and report "
          + "agency/year/template found, 表三/表四 complete, checks passing or failing only on the document's own numbers")
  boolean consistency;

  @Option(names = "--threads", description = "parser threads (default: available processors)")
  Integer threads;

  private final PrintStream out;

  public AccuracyCommand() {
    this(System.out);
  }

  AccuracyCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws Exception {
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new CommandLine.ParameterException(new CommandLine(this), "Cannot read " + root + ": no such file or folder");
      }
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (consistency) {
      ConsistencyReport report = ConsistencyCommand.measure(ConsistencyCommand.documents(roots), n);
      out.print(json ? report.json() + "\n" : report.text());
      return 0;
    }
    AccuracyReport report = measure(documents(roots), n);
    out.print(json ? report.json() + "\n" : report.text());
    return 0;
  }

  /** Every document under the roots with an expected file beside it, sorted by path. */
  static List<Path> documents(List<Path> roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().endsWith(SUFFIX))
            .filter(p -> Files.isRegularFile(p.resolveSibling(p.getFileName() + SUFFIX)))
            .forEach(out::add);
      }
    }
    out.sort(null);
    return out;
  }

  /** Parses and compares the documents on {@code threads} threads; the report is in path order. */
  static AccuracyReport measure(List<Path> docs, int threads) throws Exception {
    ReportParser parser = new ReportParser();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    AccuracyReport report = new AccuracyReport();
    try {
      int batch = 256;
      for (int from = 0; from < docs.size(); from += batch) {
        List<Future<Checked>> futures = new ArrayList<>();
        for (Path p : docs.subList(from, Math.min(docs.size(), from + batch))) {
          futures.add(pool.submit(() -> compare(parser, p)));
        }
        for (Future<Checked> f : futures) {
          Checked c = f.get();
          report.add(c.expected(), c.comparison());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return report;
  }

  private static Checked compare(ReportParser parser, Path doc) throws IOException {
    Expected e = Expected.parse(Files.readString(doc.resolveSibling(doc.getFileName() + SUFFIX), StandardCharsets.UTF_8));
    return new Checked(e, Comparison.of(doc.toString(), e, parser.parse(Files.readAllBytes(doc), doc.toString())));
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new AccuracyCommand()).execute(args));
  }
}
