package org.disclosurelake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.disclosurelake.parse.BudgetedParser;
import org.disclosurelake.report.ParseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parse}: run the parser on files without Spark and print what it found. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parse files without starting Spark; print a summary per file, or one JSON object per line.")
final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per file per line.")
  boolean json;

  @Mixin LimitOptions limits;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (text, HTML, PDF, …).")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BudgetedParser parser = new BudgetedParser(limits.limits());
    int code = 0;
    for (Path file : files) {
      ParseResult result;
      try {
        result = parse(parser, file);
      } catch (IOException e) {
        err.printf("parse: Cannot read %s: %s%n", file, e.getMessage() == null ? e : e.getMessage());
        code = Main.FAILED;
        continue;
      }
      out.println(json ? ReportJson.toJson(result) : ReportText.describe(result));
    }
    out.flush();
    err.flush();
    return code;
  }

  /** One file within the limits; a file over the size limit is rejected from its size, without being read. */
  private static ParseResult parse(BudgetedParser parser, Path file) throws IOException {
    long size = Files.size(file);
    if (!parser.limits().admits(size)) {
      return BudgetedParser.oversize(file.toString(), head(file), size, parser.limits());
    }
    return parser.parse(Files.readAllBytes(file), file.toString());
  }

  private static byte[] head(Path file) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(BudgetedParser.SNIFF_BYTES);
    }
  }
}
