package org.disclosurelake.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.spark.Lake;
import org.disclosurelake.spark.Results;
import org.disclosurelake.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: Spark SQL over the lake's tables, registered as temp views by their folder names. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run Spark SQL against the lake; every table folder is a view of its name.",
      "Views: reports, facts, rejects, agency_year_metrics and any other table in the lake."
    })
final class QueryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--lake", required = true, paramLabel = "PATH", description = "Lake folder.")
  String lake;

  @Option(names = "--csv", description = "Print CSV (RFC 4180, UTF-8) with a header row instead of a table.")
  boolean csv;

  @Option(
      names = "--max-rows",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Rows printed as a table at most (default: ${DEFAULT-VALUE}); CSV prints all rows.")
  int maxRows;

  @Parameters(index = "0", paramLabel = "SQL", description = "The query, e.g. \"SELECT agency, year FROM reports\".")
  String sql;

  @Override
  public Integer call() {
    LocalPaths.expectExisting(spec.commandLine(), "--lake", lake);
    SparkSession spark = Sessions.getOrCreate("disclosure-lake query");
    Lake tables = new Lake(spark, lake);
    List<String> names = tables.registerViews();
    PrintWriter out = spec.commandLine().getOut();
    if (names.isEmpty()) {
      spec.commandLine().getErr().printf("query: Cannot query: no Delta tables in %s%n", tables);
      return Main.FAILED;
    }
    Dataset<Row> result = spark.sql(sql);
    if (csv) {
      Csv.write(out, Results.columns(result), Results.rows(result));
    } else {
      TextTable.print(out, Results.columns(result), Results.rows(result.limit(maxRows + 1)), maxRows);
    }
    out.flush();
    return 0;
  }
}
