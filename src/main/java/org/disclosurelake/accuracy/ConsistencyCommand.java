package org.disclosurelake.accuracy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.disclosurelake.parse.ReportParser;

/** The file walk and parse behind {@code accuracy --consistency}: no expected files needed. */
final class ConsistencyCommand {

  /** Extensions of the documents a consistency run parses; labels, manifests, READMEs and expected files are skipped. */
  static final Set<String> EXTENSIONS = Set.of("html", "htm", "shtml", "txt", "md", "pdf", "doc", "docx");

  private ConsistencyCommand() {}

  /** Every document under the roots, sorted by path. */
  static List<Path> documents(List<Path> roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile).filter(ConsistencyCommand::isDocument).forEach(out::add);
      }
    }
    out.sort(null);
    return out;
  }

  private static boolean isDocument(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return !name.startsWith(".") && !name.toUpperCase(Locale.ROOT).startsWith("README") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Parses the documents on {@code threads} threads; the report is in path order. */
  static ConsistencyReport measure(List<Path> docs, int threads) throws Exception {
    ReportParser parser = new ReportParser();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    ConsistencyReport report = new ConsistencyReport();
    try {
      List<Future<Consistency>> futures = new ArrayList<>();
      for (Path p : docs) {
        futures.add(pool.submit(() -> Consistency.of(p.toString(), parser.parse(Files.readAllBytes(p), p.toString()))));
      }
      for (Future<Consistency> f : futures) {
        report.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    return report;
  }
}
