package org.disclosurelake.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Spark's Thrift JDBC/ODBC server (HiveServer2 protocol) over the lake, for BI tools: each lake table is registered
 * in database {@value #TABLE_DATABASE} and exposed as a view of the same name in {@code default}, because JDBC
 * {@code getColumns} lists no columns for a Delta table. The Hive metastore is an in-memory Derby, rebuilt at every
 * start, so nothing lands in the working directory and several servers can run at once. Clients get read-only SQL
 * over those tables only ({@link ReadOnlyGuard}, enforced once the lake is registered).
 */
public final class JdbcServer {

  /** The database holding the path-based Delta tables; BI tools use the views in {@code default}. */
  public static final String TABLE_DATABASE = "lake_tables";

  private static final String THRIFT_SERVER = "org.apache.spark.sql.hive.thriftserver.HiveThriftServer2";

  private static final String HIVE_SERVER2 = "hive.server2.";

  private JdbcServer() {}

  /**
   * The session of a server on host:port with these HiveServer2 settings ({@code hive.server2.*}: authentication,
   * TLS). The Thrift settings must exist before the session does (later ones are silently ignored), so this must be
   * the first session of the JVM. They become {@code spark.hadoop.hive.server2.*} Spark settings, from which the Thrift
   * server takes its configuration; Spark redacts passwords among them wherever it lists settings (SET, the UI).
   */
  public static SparkSession session(String host, int port, Map<String, String> hiveServer2Settings) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("disclosure-lake-serve");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the server's scratch folder", e);
    }
    // derby.log (and any file-based Derby item) goes here instead of the working directory
    System.setProperty("derby.system.home", scratch.toString());
    SparkSession.Builder builder = SparkSession.builder();
    hiveServer2Settings.forEach(
        (key, value) -> {
          if (!key.startsWith(HIVE_SERVER2)) {
            throw new IllegalArgumentException("Cannot use " + key + " as a HiveServer2 setting");
          }
          builder.config("spark.hadoop." + key, value);
        });
    return builder
        .appName("disclosure-lake serve")
        .config("spark.sql.extensions", Sessions.DELTA_EXTENSION + "," + ReadOnlyGuard.class.getName())
        .config("spark.sql.catalog.spark_catalog", Sessions.DELTA_CATALOG)
        // no SELECT … FROM parquet.`/path` (the guard refuses path relations too), no ${env:…} / ${system:…} in SQL
        .config("spark.sql.runSQLOnFiles", "false")
        .config("spark.sql.variable.substitute", "false")
        // every client its own session, so one client's settings never reach another
        .config("spark.sql.hive.thriftServer.singleSession", "false")
        .config("spark.sql.warehouse.dir", scratch.resolve("warehouse").toUri().toString())
        .config("spark.hadoop.javax.jdo.option.ConnectionURL", "jdbc:derby:memory:disclosure_lake;create=true")
        .config("spark.hadoop.hive.server2.thrift.port", Integer.toString(port))
        .config("spark.hadoop.hive.server2.thrift.bind.host", host)
        .enableHiveSupport()
        .getOrCreate();
  }

  /** Registers every table of the lake as a Delta table plus a view in {@code default}; returns the names. */
  public static List<String> register(SparkSession spark, Lake lake) {
    spark.sql("CREATE DATABASE IF NOT EXISTS " + TABLE_DATABASE);
    List<String> names = lake.tables();
    for (String name : names) {
      String table = TABLE_DATABASE + "." + name;
      spark.sql("DROP VIEW IF EXISTS default." + name);
      spark.sql("DROP TABLE IF EXISTS " + table);
      spark.sql("CREATE TABLE " + table + " USING delta LOCATION " + literal(lake.path(name)));
      spark.sql(
          "CREATE VIEW default." + name + " COMMENT " + literal("Delta table " + lake.path(name))
              + " AS SELECT * FROM " + table);
    }
    return names;
  }

  /**
   * From now on every statement of every session, the server's included, must be read-only SQL over these tables
   * (the names {@link #register} returned).
   */
  public static void enforceReadOnly(SparkSession spark, Lake lake, List<String> tables) {
    Set<String> names = new LinkedHashSet<>();
    List<String> logs = new ArrayList<>();
    for (String table : tables) {
      names.add(TABLE_DATABASE + "." + table);
      logs.add(lake.path(table) + "/_delta_log");
    }
    ReadOnlyGuard.enforce(ReadOnlyPolicy.of(names, logs, ReadOnlyGuard.settings(spark)));
  }

  /**
   * Starts the Thrift server in this JVM; it serves until the JVM stops. HiveServer2 reads its authentication settings
   * (the CUSTOM class, LDAP's URL…) from a fresh HiveConf at each login, which sees system properties but not Spark's
   * configuration: so every {@code spark.hadoop.hive.server2.*} setting also becomes a system property.
   */
  public static void start(SparkSession spark) {
    for (Tuple2<String, String> kv : spark.sparkContext().getConf().getAll()) {
      if (kv._1().startsWith("spark.hadoop." + HIVE_SERVER2)) {
        System.setProperty(kv._1().substring("spark.hadoop.".length()), kv._2());
      }
    }
    Class<?> server;
    try {
      // loaded by name: Spark publishes the Thrift server for the 3.5 line only, and the spark-4 build lacks it
      server = Class.forName(THRIFT_SERVER);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "Cannot start the JDBC server: " + THRIFT_SERVER + " is not on the classpath (it ships with Spark 3.5)", e);
    }
    try {
      server.getMethod("startWithContext", SQLContext.class).invoke(null, spark.sqlContext());
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Cannot start the JDBC server: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot start the JDBC server: " + e, e);
    }
  }

  private static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
