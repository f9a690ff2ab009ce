package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.spark.JobConfig;
import org.disclosurelake.spark.Lake;
import org.disclosurelake.spark.LakeJob;
import org.disclosurelake.spark.LakeSchema;
import org.disclosurelake.spark.SharedSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} launched by bin/disclosure-lake through SparkSubmit in a child JVM over a lake the job wrote from
 * data/sample; queried with BeeLine (a second child) and with the Hive JDBC driver (hive-jdbc 2.3.9, part of the
 * Thrift server's closure on the test class path), as a BI tool would; and everything else a JDBC client could try,
 * refused without a trace in the lake.
 */
class ServeIT {

  private static final Path BASE = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
  private static final Path LAUNCHER = BASE.resolve("bin/disclosure-lake");
  private static final String QUERY =
      "SELECT agency, year, applications FROM agency_year_metrics ORDER BY agency, year";
  private static final long START_TIMEOUT_SECONDS = 300;
  private static final String PROBE = "guard_probe";

  /** Statements the endpoint must refuse, each with the statement kind its error names; LAKE is the lake's path. */
  private static final List<List<String>> REFUSED =
      List.of(
          List.of("DELETE FROM delta.`LAKE/facts` WHERE year = 2020", "DELETE"),
          List.of("DELETE FROM lake_tables.facts", "DELETE"),
          List.of("DELETE FROM facts WHERE year = 2020", "DELETE"),
          List.of("UPDATE lake_tables.facts SET value = 0", "UPDATE"),
          List.of("MERGE INTO lake_tables.rejects t USING lake_tables.rejects s ON false WHEN NOT MATCHED THEN INSERT *", "MERGE"),
          List.of("INSERT INTO lake_tables.rejects SELECT * FROM lake_tables.rejects", "INSERT"),
          List.of("WITH r AS (SELECT * FROM rejects) INSERT INTO lake_tables.rejects SELECT * FROM r", "INSERT"),
          List.of("INSERT OVERWRITE DIRECTORY 'LAKE/dump' USING csv SELECT * FROM facts", "INSERT"),
          List.of("CREATE TABLE lake_tables.copy USING delta LOCATION 'LAKE/copy' AS SELECT * FROM facts", "CREATE"),
          List.of("CREATE TEMPORARY VIEW host USING text OPTIONS (path '/etc/hostname')", "CREATE VIEW"),
          List.of("DROP TABLE lake_tables.facts", "DROP"),
          List.of("DROP VIEW facts", "DROP"),
          List.of("ALTER TABLE lake_tables.facts SET TBLPROPERTIES ('delta.appendOnly' = 'true')", "ALTER"),
          List.of("TRUNCATE TABLE lake_tables.facts", "TRUNCATE"),
          List.of("OPTIMIZE lake_tables.facts", "OPTIMIZE"),
          List.of("VACUUM lake_tables.facts RETAIN 0 HOURS", "VACUUM"),
          List.of("RESTORE TABLE lake_tables.facts TO VERSION AS OF 0", "RESTORE"),
          List.of("CACHE TABLE facts", "CACHE"),
          List.of("UNCACHE TABLE facts", "UNCACHE"),
          List.of("ADD JAR LAKE/none.jar", "ADD JAR"),
          List.of("LOAD DATA LOCAL INPATH '/etc/hostname' INTO TABLE lake_tables.rejects", "LOAD"),
          List.of("REFRESH TABLE facts", "REFRESH"),
          List.of("CREATE TEMPORARY FUNCTION f AS 'java.lang.String'", "CREATE FUNCTION"),
          List.of("SET spark.sql.runSQLOnFiles=true", "SET spark.sql.runSQLOnFiles"),
          List.of("SET spark.sql.variable.substitute=true", "SET spark.sql.variable.substitute"),
          List.of("SELECT reflect('java.lang.System', 'getenv', 'HOME')", "reflect"),
          List.of("SELECT TRANSFORM(year) USING 'cat' AS (y) FROM facts", "TRANSFORM"));

  /** Queries on paths instead of the lake's tables; Spark or the guard refuses them, in either case with an error. */
  private static final List<String> PATH_QUERIES =
      List.of(
          "SELECT * FROM text.`/etc/hostname`",
          "SELECT * FROM binaryFile.`/etc/hostname`",
          "SELECT * FROM csv.`/etc/passwd`",
          "SELECT * FROM json.`LAKE/facts/_delta_log`",
          "SELECT * FROM parquet.`LAKE/facts`",
          "SELECT * FROM delta.`LAKE/facts`",
          "SELECT count(*) FROM facts WHERE EXISTS (SELECT 1 FROM text.`/etc/hostname`)");

  @TempDir static Path tmp;

  private static Process server;
  private static String url;
  private static List<String> expected;
  private static List<String> metricColumns;
  private static List<String> tables;
  private static Path lakePath;

  @BeforeAll
  static void writeLakeThenServe() throws Exception {
    SparkSession spark = SharedSpark.session();
    Path lake = tmp.resolve("lake");
    lakePath = lake;
    LakeJob job = new LakeJob(spark, new JobConfig(BASE.resolve("data/sample").toString(), lake.toString()));
    job.run();
    tables = job.lake().tables();
    expected = new ArrayList<>();
    for (Row r : spark.read().format("delta").load(job.lake().path(LakeSchema.AGENCY_YEAR_METRICS))
        .selectExpr("agency", "year", "applications").orderBy("agency", "year").collectAsList()) {
      expected.add(r.get(0) + "," + r.get(1) + "," + (r.isNullAt(2) ? "" : r.get(2)));
    }
    expected = normalised(expected);
    metricColumns = List.of(spark.read().format("delta").load(job.lake().path(LakeSchema.AGENCY_YEAR_METRICS)).columns());
    // a table the test appends to while the server runs
    spark.range(3).write().format("delta").save(job.lake().path(PROBE));

    int port = freePort();
    url = "jdbc:hive2://127.0.0.1:" + port + "/default";
    server =
        new ProcessBuilder(
                LAUNCHER.toString(), "--master", "local[2]", "serve", "--lake", lake.toString(), "--port", Integer.toString(port))
            .directory(tmp.toFile())
            .redirectOutput(tmp.resolve("serve.out").toFile())
            .redirectError(tmp.resolve("serve.err").toFile())
            .start();
    awaitPort(port);
    assertFalse(Files.exists(tmp.resolve("metastore_db")), "metastore_db in the working directory");
    assertFalse(Files.exists(tmp.resolve("spark-warehouse")), "spark-warehouse in the working directory");
    assertFalse(Files.exists(tmp.resolve("derby.log")), "derby.log in the working directory");
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (server != null) {
      server.descendants().forEach(ProcessHandle::destroy);
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void beelineAnswersFromTheMetricsView() throws Exception {
    Path out = tmp.resolve("beeline.out");
    Process p =
        new ProcessBuilder(LAUNCHER.toString(), "beeline", "-u", url, "--outputformat=csv2", "-e", QUERY)
            .directory(tmp.toFile())
            // BeeLine reads stdin after -e (a pipe that never closes would hang it); a terminal or /dev/null ends it
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(tmp.resolve("beeline.err").toFile())
            .start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "BeeLine timed out");
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("beeline.err"), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
    lines.removeIf(String::isBlank);
    lines.set(0, lines.get(0).replaceFirst("^[. ]*> ", "")); // BeeLine's continuation prompt before the header
    assertEquals("agency,year,applications", lines.get(0));
    assertEquals(expected, normalised(lines.subList(1, lines.size())));
  }

  @Test
  void hiveJdbcAnswersAndListsTheColumnsOfEveryView() throws Exception {
    try (Connection c = DriverManager.getConnection(url, "", "")) {
      List<String> rows = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(QUERY)) {
        while (rs.next()) {
          rows.add(rs.getString(1) + "," + rs.getInt(2) + "," + (rs.getString(3) == null ? "" : rs.getString(3)));
        }
      }
      assertFalse(expected.isEmpty(), "the sample gives metric rows");
      assertEquals(expected, normalised(rows));

      DatabaseMetaData meta = c.getMetaData();
      assertEquals(metricColumns, columns(meta, LakeSchema.AGENCY_YEAR_METRICS));
      for (String table : tables) {
        assertFalse(columns(meta, table).isEmpty(), "getColumns lists nothing for " + table);
      }
    }
  }

  @Test
  void refusesEveryWriteCommandAndPathQueryLeavingTheLakeUnchanged() throws Exception {
    Map<String, String> before = lakeState();
    try (Connection c = DriverManager.getConnection(url, "", "");
        Statement s = c.createStatement()) {
      for (List<String> refused : REFUSED) {
        String sql = refused.get(0).replace("LAKE", lakePath.toString());
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertTrue(e.getMessage().contains("Cannot run " + refused.get(1)) || e.getMessage().contains("Cannot call " + refused.get(1)),
            sql + " -> " + e.getMessage());
      }
      for (String query : PATH_QUERIES) {
        String sql = query.replace("LAKE", lakePath.toString());
        assertThrows(SQLException.class, () -> s.executeQuery(sql), sql);
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + LakeSchema.FACTS)) {
        assertTrue(rs.next());
        assertTrue(rs.getLong(1) > 0, "the facts view is still queryable");
      }
    }
    assertEquals(before, lakeState(), "table versions and row counts");
    assertFalse(Files.exists(lakePath.resolve("dump")), "INSERT OVERWRITE DIRECTORY wrote");
    assertFalse(Files.exists(lakePath.resolve("copy")), "CREATE TABLE … AS wrote");
  }

  @Test
  void allowsTheSessionStatementsOfBiDrivers() throws Exception {
    try (Connection c = DriverManager.getConnection(url, "", "");
        Statement s = c.createStatement()) {
      s.execute("SET spark.sql.shuffle.partitions=3");
      s.execute("SET spark.sql.session.timeZone=UTC");
      s.execute("USE default");
      for (String sql : List.of("SHOW TABLES", "SHOW DATABASES", "DESCRIBE facts", "EXPLAIN SELECT count(*) FROM facts", "SET -v")) {
        try (ResultSet rs = s.executeQuery(sql)) {
          assertTrue(rs.next(), sql + " returned nothing");
        }
      }
      // variable substitution is off: ${env:…} and ${system:…} stay text instead of revealing the server's secrets
      try (ResultSet rs = s.executeQuery("SELECT '${env:HOME}', '${system:user.home}'")) {
        assertTrue(rs.next());
        assertEquals("${env:HOME}", rs.getString(1));
        assertEquals("${system:user.home}", rs.getString(2));
      }
    }
  }

  @Test
  void aConnectionCannotChangeASettingThatGuardsTheLake() {
    // hive-jdbc applies ?key=value settings when the session opens, without a SET statement; the session's first
    // statement (USE default, sent by the driver) is then refused, and so the connection
    SQLException e =
        assertThrows(
            SQLException.class, () -> DriverManager.getConnection(url + ";?spark.sql.runSQLOnFiles=true", "", "").close());
    assertTrue(e.getMessage().contains("its setting spark.sql.runsqlonfiles is true"), e.getMessage());
  }

  @Test
  void seesACommitOfAnotherProcessUnderTheGuard() throws Exception {
    // Delta reads the new commit with internal queries on the table's _delta_log: the guard must let those pass
    try (Connection c = DriverManager.getConnection(url, "", "");
        Statement s = c.createStatement()) {
      long before = count(s, PROBE);
      SharedSpark.session().range(2).write().format("delta").mode("append").save(lakePath.resolve(PROBE).toString());
      assertEquals(before + 2, count(s, PROBE));
    }
  }

  private static long count(Statement s, String view) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + view)) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }

  /** Each table's Delta version and row count, read directly from the lake. */
  private static Map<String, String> lakeState() {
    SparkSession spark = SharedSpark.session();
    Lake lake = new Lake(spark, lakePath.toString());
    Map<String, String> state = new TreeMap<>();
    for (String table : lake.tables()) {
      state.put(table, "v" + lake.version(table) + " rows " + spark.read().format("delta").load(lake.path(table)).count());
    }
    return state;
  }

  private static List<String> columns(DatabaseMetaData meta, String table) throws Exception {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = meta.getColumns(null, "default", table, "%")) {
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME"));
      }
    }
    return names;
  }

  /** Decimals as plain numbers without trailing zeros, so the Spark, BeeLine and JDBC renderings compare. */
  private static List<String> normalised(List<String> rows) {
    List<String> out = new ArrayList<>();
    for (String row : rows) {
      String[] f = row.split(",", -1);
      String value = f[2].isEmpty() || f[2].equals("NULL") ? "" : new BigDecimal(f[2]).stripTrailingZeros().toPlainString();
      out.add(f[0] + "," + f[1] + "," + value);
    }
    return out;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Waits until the server accepts connections; fails at once if it exited, or after the timeout. */
  private static void awaitPort(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new AssertionError("serve exited with " + server.exitValue() + ": "
            + Files.readString(tmp.resolve("serve.err"), StandardCharsets.UTF_8));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return;
      } catch (IOException notYet) {
        Thread.sleep(500);
      }
    }
    throw new AssertionError("serve did not open port " + port + " within " + START_TIMEOUT_SECONDS + " s");
  }
}
