package org.disclosurelake.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.spark.JdbcServer;
import org.disclosurelake.spark.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: a JDBC/ODBC endpoint (HiveServer2 protocol) over the lake for BI tools, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the lake over JDBC/ODBC (Spark Thrift server, HiveServer2 protocol, no authentication) until stopped.",
      "Every table folder is a view of its name in database default: jdbc:hive2://HOST:PORT/default"
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--lake", required = true, paramLabel = "PATH", description = "Lake folder.")
  String lake;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "10000", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    LocalPaths.expectExisting(spec.commandLine(), "--lake", lake);
    SparkSession spark = JdbcServer.session(host, port);
    List<String> views = JdbcServer.register(spark, new Lake(spark, lake));
    JdbcServer.start(spark);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("serving jdbc:hive2://%s:%d/default%n", host, port);
    out.printf("views: %s%n", views.isEmpty() ? "none (no Delta tables in " + lake + ")" : String.join(", ", views));
    out.flush();
    new CountDownLatch(1).await(); // the server threads are daemons: keep the JVM until it is stopped
    return 0;
  }
}
