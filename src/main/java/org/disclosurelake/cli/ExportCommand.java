package org.disclosurelake.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.spark.Lake;
import org.disclosurelake.spark.LakeExport;
import org.disclosurelake.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: every table of the lake as one CSV (UTF-8 with BOM) or Parquet file for BI tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write every table of the lake to one file per table: DIR/<table>.csv or DIR/<table>.parquet.",
      "CSV is UTF-8 with a BOM, a header row and RFC 4180 quoting; nested columns are JSON text."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--lake", required = true, paramLabel = "PATH", description = "Lake folder.")
  String lake;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
  String out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "CSV",
      description = "csv or parquet (default: csv).")
  String format;

  @Override
  public Integer call() {
    LocalPaths.expectExisting(spec.commandLine(), "--lake", lake);
    LakeExport.Format chosen;
    try {
      chosen = LakeExport.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Invalid value for option '--format': " + format + " (csv or parquet)");
    }
    SparkSession spark = Sessions.getOrCreate("disclosure-lake export");
    Lake tables = new Lake(spark, lake);
    if (tables.tables().isEmpty()) {
      spec.commandLine().getErr().printf("export: Cannot export: no Delta tables in %s%n", tables);
      return Main.FAILED;
    }
    List<String> files = new LakeExport(spark).export(tables, out, chosen);
    PrintWriter w = spec.commandLine().getOut();
    files.forEach(w::println);
    w.flush();
    return 0;
  }
}
