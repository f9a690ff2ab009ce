package org.disclosurelake.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.disclosurelake.accuracy.AccuracyCommand;
import org.disclosurelake.generate.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code disclosure-lake} command: run, parse, query, export, maintain, bench-ingest, serve, serve-user, generate,
 * accuracy.
 */
@Command(
    name = "disclosure-lake",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns government information disclosure annual reports into Delta tables and metrics.",
    subcommands = {
      RunCommand.class,
      ParseCommand.class,
      QueryCommand.class,
      ServeCommand.class,
      ServeUserCommand.class,
      GenerateCommand.class,
      AccuracyCommand.class,
      ExportCommand.class,
      MaintainCommand.class,
      BenchIngestCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code when the command ran but failed (bad input data location, failed query). */
  public static final int FAILED = 1;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: run, parse, query, serve, generate or accuracy");
  }

  public static void main(String[] args) {
    // explicit UTF-8: agency names are Chinese, and the platform default may be ASCII
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = execute(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line; returns the exit code (0 ok, 1 failed, 2 bad arguments). */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          String command = ex.getCommandLine().getCommandSpec().qualifiedName();
          ex.getCommandLine()
              .getErr()
              .printf("%s: %s (see '%s --help')%n", command, firstLine(ex.getMessage()), command);
          return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          c.getErr().printf("%s: %s%n", c.getCommandSpec().qualifiedName(), firstLine(describe(ex)));
          if (System.getenv("DISCLOSURE_LAKE_DEBUG") != null) {
            ex.printStackTrace(c.getErr());
          }
          return FAILED;
        });
    return cli.execute(args);
  }

  private static String describe(Exception ex) {
    String message = ex.getMessage();
    return message == null || message.isBlank() ? ex.getClass().getName() : message;
  }

  static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
