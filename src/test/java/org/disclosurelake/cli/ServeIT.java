package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.spark.JobConfig;
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
 * Thrift server's closure on the test class path), as a BI tool would.
 */
class ServeIT {

  private static final Path BASE = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
  private static final Path LAUNCHER = BASE.resolve("bin/disclosure-lake");
  private static final String QUERY =
      "SELECT agency, year, applications FROM agency_year_metrics ORDER BY agency, year";
  private static final long START_TIMEOUT_SECONDS = 300;

  @TempDir static Path tmp;

  private static Process server;
  private static String url;
  private static List<String> expected;
  private static List<String> metricColumns;
  private static List<String> tables;

  @BeforeAll
  static void writeLakeThenServe() throws Exception {
    SparkSession spark = SharedSpark.session();
    Path lake = tmp.resolve("lake");
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
