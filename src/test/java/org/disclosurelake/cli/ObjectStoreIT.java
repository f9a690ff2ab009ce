package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.report.ParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job against an S3 API: s3proxy (in-memory {@code transient} backend) as a child JVM on a free loopback port,
 * the inputs uploaded as objects through the S3 REST API, the lake at {@code s3a://BUCKET/lake}. A full run, an
 * incremental run that reads only the new objects, a {@code query}, and {@code serve} answering JDBC from the lake
 * there, all through bin/disclosure-lake with the S3A settings of docs/cluster.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObjectStoreIT {

  private static final String BUCKET = "lake-it";
  private static final Path TARGET =
      Path.of(System.getenv().getOrDefault("DISCLOSURE_LAKE_TARGET", Children.BASE.resolve("target").toString()));
  private static final Duration TIMEOUT = Duration.ofMinutes(15);

  @TempDir static Path tmp;

  private static Process s3proxy;
  private static Process server;
  private static String endpoint;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Map<String, byte[]> FIRST = new LinkedHashMap<>();
  private static final Map<String, byte[]> SECOND = new LinkedHashMap<>();

  @BeforeAll
  static void startTheObjectStore() throws Exception {
    Map<String, byte[]> files = ClusterIT.everyForm();
    for (String name : List.of("shuyang_2023.html", "pingtan_2022.txt", "pingtan_2022.docx", "truncated.pdf")) {
      FIRST.put(name, files.get(name));
    }
    for (String name : List.of("hongze_2024.pdf", "generated_2023.md")) {
      SECOND.put(name, files.get(name));
    }
    int port = Children.freePort();
    endpoint = "http://127.0.0.1:" + port;
    Path properties = tmp.resolve("s3proxy.properties");
    Files.writeString(properties, String.join("\n",
        "s3proxy.endpoint=" + endpoint,
        "s3proxy.authorization=none",
        // in memory: the filesystem backend hangs S3A's directory-marker deletes (see docs/cluster.md)
        "jclouds.provider=transient",
        "jclouds.identity=local",
        "jclouds.credential=local",
        ""), StandardCharsets.UTF_8);
    s3proxy = Children.start(tmp, tmp.resolve("s3proxy.out"), tmp.resolve("s3proxy.err"), Map.of(), List.of(
        "java", "-Xmx512m", "-jar", TARGET.resolve("s3proxy/s3proxy-jar-with-dependencies.jar").toString(),
        "--properties", properties.toString()));
    Children.awaitPort(s3proxy, port, Duration.ofMinutes(3), tmp.resolve("s3proxy.out"));
    put("/" + BUCKET, new byte[0]);
    upload(FIRST);
  }

  @AfterAll
  static void stopTheServers() throws InterruptedException {
    Children.stop(server);
    Children.stop(s3proxy);
  }

  /** The S3A settings a user passes (docs/cluster.md), with this test's endpoint. */
  private static List<String> s3Settings() {
    List<String> out = new ArrayList<>();
    for (String setting : List.of(
        "spark.hadoop.fs.s3a.endpoint=" + endpoint,
        "spark.hadoop.fs.s3a.path.style.access=true",
        "spark.hadoop.fs.s3a.connection.ssl.enabled=false",
        "spark.hadoop.fs.s3a.aws.credentials.provider=org.apache.hadoop.fs.s3a.AnonymousAWSCredentialsProvider",
        "spark.hadoop.fs.s3a.directory.marker.retention=keep",
        "spark.delta.logStore.s3a.impl=io.delta.storage.S3SingleDriverLogStore")) {
      out.add("--conf");
      out.add(setting);
    }
    return out;
  }

  private static Children.Outcome launch(String name, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Children.LAUNCHER.toString(), "--master", "local[2]"));
    command.addAll(s3Settings());
    // few shuffle partitions: every task of a Delta write puts one object
    command.addAll(List.of("--conf", "spark.sql.shuffle.partitions=4"));
    command.addAll(List.of(args));
    return Children.run(tmp, name, Map.of(), TIMEOUT, command);
  }

  @Test
  @Order(1)
  void aFullRunThenAnIncrementalRunReadOnlyTheNewObjects() throws Exception {
    Children.Outcome first = launch("run-1", "run", "--input", "s3a://" + BUCKET + "/inputs", "--lake", lake());
    assertEquals(0, first.code(), first.both());
    assertTrue(first.out().contains("lake:            s3a://" + BUCKET + "/lake"), first.out());
    assertTrue(first.out().contains("  new 4, changed 0 (same bytes 0), unchanged 0"), first.out());
    assertTrue(first.out().matches("(?s).*reports written:\\s+3\\n.*files rejected:\\s+1\\n.*"), first.out());
    assertTrue(list("lake/reports/_delta_log/").contains("lake/reports/_delta_log/00000000000000000000.json"),
        "the lake is written to the object store");

    upload(SECOND);
    Children.Outcome second = launch("run-2", "run", "--input", "s3a://" + BUCKET + "/inputs", "--lake", lake());
    assertEquals(0, second.code(), second.both());
    assertTrue(second.out().contains("  new 2, changed 0 (same bytes 0), unchanged 4"), second.out());
    assertTrue(second.out().matches("(?s).*reports written:\\s+2\\n.*files rejected:\\s+0\\n.*"), second.out());
  }

  @Test
  @Order(2)
  void theQueryReadsEveryReportsFactsFromTheObjectStore() throws Exception {
    Children.Outcome query = launch("query", "query", "--lake", lake(), "--csv",
        "SELECT p AS path, count(f.value) AS stated FROM (SELECT report_id, explode(source_paths) AS p FROM reports) r"
            + " JOIN facts f ON f.report_id = r.report_id GROUP BY p ORDER BY p");
    assertEquals(0, query.code(), query.both());
    StringBuilder expected = new StringBuilder("path,stated\r\n");
    statedValues().forEach((name, n) -> expected.append("s3a://" + BUCKET + "/inputs/").append(name).append(',')
        .append(n).append("\r\n"));
    assertEquals(expected.toString(), query.out());
  }

  @Test
  @Order(3)
  void serveAnswersJdbcFromTheLakeInTheObjectStore() throws Exception {
    int port = Children.freePort();
    List<String> command = new ArrayList<>(List.of(Children.LAUNCHER.toString(), "--master", "local[2]"));
    command.addAll(s3Settings());
    command.addAll(List.of("serve", "--lake", lake(), "--port", Integer.toString(port)));
    server = Children.start(tmp, tmp.resolve("serve.out"), tmp.resolve("serve.err"), Map.of(), command);
    Children.awaitPort(server, port, Duration.ofMinutes(5), tmp.resolve("serve.err"));
    long facts = statedValues().values().stream().mapToLong(Long::longValue).sum();
    try (Connection c = DriverManager.getConnection("jdbc:hive2://127.0.0.1:" + port + "/default", "", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT (SELECT count(*) FROM reports), (SELECT count(value) FROM facts), (SELECT count(*) FROM rejects)")) {
      assertTrue(rs.next());
      assertEquals(5, rs.getLong(1));
      assertEquals(facts, rs.getLong(2));
      assertEquals(1, rs.getLong(3));
    }
  }

  /** File name → number of stated values the parser reads from it, for every file that is a report. */
  private static Map<String, Long> statedValues() {
    Map<String, Long> out = new TreeMap<>();
    ReportParser parser = new ReportParser();
    Map<String, byte[]> all = new LinkedHashMap<>(FIRST);
    all.putAll(SECOND);
    all.forEach((name, bytes) -> {
      ParseResult result = parser.parse(bytes, name);
      if (result.report() != null) {
        out.put(name, (long) result.report().values().size());
      }
    });
    return out;
  }

  private static String lake() {
    return "s3a://" + BUCKET + "/lake";
  }

  private static void upload(Map<String, byte[]> files) throws Exception {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      put("/" + BUCKET + "/inputs/" + f.getKey(), f.getValue());
    }
  }

  /** An S3 PUT (bucket or object); anonymous, as s3proxy.authorization=none allows. */
  private static void put(String path, byte[] body) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create(endpoint + path)).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "PUT " + path + ": " + response.body());
  }

  /** The keys under a prefix, from an S3 ListObjectsV2 response. */
  private static String list(String prefix) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create(endpoint + "/" + BUCKET + "?list-type=2&prefix=" + prefix)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }
}
