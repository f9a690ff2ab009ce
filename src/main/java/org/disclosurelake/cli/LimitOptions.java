package org.disclosurelake.cli;

import java.time.Duration;
import org.disclosurelake.parse.Limits;
import picocli.CommandLine.Option;

/**
 * The options of the per-document limits, shared by every command that parses: read once into one {@link Limits},
 * which the command passes down (to the job, or to the parser). Their defaults are those of {@link Limits#DEFAULTS}.
 */
final class LimitOptions {

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      defaultValue = "64MiB",
      converter = Budgets.Size.class,
      description = "Files larger than this are rejected as oversize without being read, e.g. 64MiB, 512KiB"
          + " (default: ${DEFAULT-VALUE}).")
  long maxFileSize;

  @Option(
      names = "--parse-timeout",
      paramLabel = "TIME",
      defaultValue = "30s",
      converter = Budgets.Time.class,
      description = "Wall-clock time one document may take to parse before it is rejected, e.g. 30s, 2m"
          + " (default: ${DEFAULT-VALUE}).")
  Duration parseTimeout;

  /** The limits these options give: the defaults with the file size limit and the parse timeout of the command line. */
  Limits limits() {
    return Limits.DEFAULTS.withMaxFileBytes(maxFileSize).withParseTimeout(parseTimeout);
  }
}
