package org.disclosurelake.generate;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes a synthetic corpus with an expected-facts file beside every document. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes N synthetic disclosure reports (HTML, PDF, pipe text, Markdown, glued text, pre-2019 "
        + "prose) to DIR, each with NAME.expected beside it; the same seed gives the same bytes.")
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--count", required = true, description = "number of documents")
  int count;

  @Option(names = "--out", required = true, description = "output folder (created if missing)")
  Path out;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--broken-share", defaultValue = "0.05",
      description = "share of documents whose own numbers do not add up (default: ${DEFAULT-VALUE})")
  double brokenShare;

  @Option(names = "--classes", defaultValue = "ALL",
      description = "ALL: every class of real document (docs/generator.md), glued digits as ambiguous as they come; "
          + "BASE: the forms only, glued rows spaced where they would be ambiguous (default: ${DEFAULT-VALUE})")
  CorpusGenerator.Classes classes;

  @Option(names = "--threads", description = "worker threads (default: available processors)")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    if (count < 0) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--count must not be negative: " + count);
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    CorpusWriter.Summary s = new CorpusWriter(new CorpusGenerator(seed, brokenShare, classes), n).write(out, count);
    double seconds = Math.max(1, s.millis()) / 1000.0;
    System.out.printf(Locale.ROOT, "wrote %d documents (%.1f MB) to %s in %.1f s: %.0f docs/s, %.1f MB/s%n",
        s.documents(), s.bytes() / 1e6, out, seconds, s.documents() / seconds, s.bytes() / 1e6 / seconds);
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateCommand()).execute(args));
  }
}
