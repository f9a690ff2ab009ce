package org.disclosurelake.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.spark.Lake;
import org.disclosurelake.spark.Maintenance;
import org.disclosurelake.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code maintain}: OPTIMIZE (compact small files) and VACUUM (delete unreferenced files) every table of a lake. */
@Command(
    name = "maintain",
    mixinStandardHelpOptions = true,
    description = "Compact every table of the lake (OPTIMIZE), then delete files no version needs (VACUUM).")
final class MaintainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--lake", required = true, paramLabel = "PATH", description = "Lake folder.")
  String lake;

  @Option(
      names = "--vacuum-hours",
      paramLabel = "H",
      defaultValue = "168",
      description = "Keep files that versions of the last H hours use (default and minimum: ${DEFAULT-VALUE}).")
  int vacuumHours;

  @Option(names = "--force", description = "Allow --vacuum-hours below 168 (only when nothing else uses the lake).")
  boolean force;

  @Override
  public Integer call() {
    LocalPaths.expectExisting(spec.commandLine(), "--lake", lake);
    if (vacuumHours < Maintenance.SAFE_RETENTION_HOURS && !force) {
      throw new ParameterException(
          spec.commandLine(),
          "Cannot vacuum with --vacuum-hours " + vacuumHours + ": below " + Maintenance.SAFE_RETENTION_HOURS
              + " h without --force");
    }
    SparkSession spark = Sessions.getOrCreate("disclosure-lake maintain");
    PrintWriter out = spec.commandLine().getOut();
    Lake tables = new Lake(spark, lake);
    out.printf("lake: %s (vacuum retention %d h)%n", tables, vacuumHours);
    for (Maintenance.TableResult r : new Maintenance(spark, tables).run(vacuumHours, force)) {
      out.printf(
          "%-22s optimize: %d files compacted into %d; vacuum: %d unreferenced files deleted%n",
          r.table(), r.filesRemoved(), r.filesAdded(), r.filesVacuumed());
    }
    out.flush();
    return 0;
  }
}
