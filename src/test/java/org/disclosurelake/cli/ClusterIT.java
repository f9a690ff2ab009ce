package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.fuzz.HostileFiles;
import org.disclosurelake.generate.CorpusGenerator;
import org.disclosurelake.spark.SharedSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on a Spark standalone cluster: bin/local-cluster starts a master and two workers as separate JVMs
 * on 127.0.0.1, bin/disclosure-lake submits {@code run} and {@code query} to it through SparkSubmit over a folder of
 * every form, and the lake must equal, row for row, the one the same run writes in {@code local[2]}. The parse must
 * have run in the executors, which get the job's libraries only from the application jar.
 */
class ClusterIT {

  private static final Path LOCAL_CLUSTER = Children.BASE.resolve("bin/local-cluster");
  private static final Duration LAUNCH_TIMEOUT = Duration.ofMinutes(15);
  private static final String FACTS_QUERY =
      "SELECT report_id, key, value, semantics, row_label, column_label FROM facts ORDER BY report_id, key";

  @TempDir static Path tmp;

  private static Path input;
  private static Path state;
  private static Path events;
  private static Map<String, String> env;
  private static String master;
  private static Children.Outcome clusterRun;
  private static Children.Outcome clusterQuery;
  private static String localQuery;

  @BeforeAll
  static void runOnTheClusterAndLocally() throws Exception {
    input = Files.createDirectories(tmp.resolve("input"));
    everyForm().forEach((name, bytes) -> write(input.resolve(name), bytes));
    state = tmp.resolve("cluster");
    events = Files.createDirectories(tmp.resolve("events"));
    env = Map.of("DISCLOSURE_LAKE_CLUSTER_DIR", state.toString());

    Children.Outcome started =
        Children.run(tmp, "cluster-start", env, LAUNCH_TIMEOUT, List.of(LOCAL_CLUSTER.toString(), "start"));
    assertEquals(0, started.code(), started.both());
    master = started.out().strip();
    assertTrue(master.matches("spark://127\\.0\\.0\\.1:\\d+"), started.both());

    clusterRun = Children.run(tmp, "cluster-run", env, LAUNCH_TIMEOUT, List.of(Children.LAUNCHER.toString(),
        "--master", master,
        // the event log records which executor ran each task of each stage
        "--conf", "spark.eventLog.enabled=true", "--conf", "spark.eventLog.dir=" + events.toUri(),
        // both executors registered before the first job, so the parse is spread over the two workers
        "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
        "--conf", "spark.sql.shuffle.partitions=4",
        "run", "--input", input.toString(), "--lake", tmp.resolve("cluster-lake").toString()));
    clusterQuery = Children.run(tmp, "cluster-query", env, LAUNCH_TIMEOUT, List.of(Children.LAUNCHER.toString(),
        "--master", master, "--conf", "spark.sql.shuffle.partitions=4",
        "query", "--lake", tmp.resolve("cluster-lake").toString(), "--csv", "--max-rows", "100000", FACTS_QUERY));

    // the same run and query in local mode, in this JVM's shared session
    SharedSpark.session();
    assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "run", "--input", input.toString(), "--lake", tmp.resolve("local-lake").toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Main.execute(new PrintWriter(out), new PrintWriter(err),
        "query", "--lake", tmp.resolve("local-lake").toString(), "--csv", "--max-rows", "100000", FACTS_QUERY),
        err.toString());
    localQuery = out.toString();
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (state == null) {
      return;
    }
    List<Long> pids = new ArrayList<>();
    try (Stream<Path> files = Files.exists(state) ? Files.list(state) : Stream.empty()) {
      for (Path f : files.filter(p -> p.toString().endsWith(".pid")).toList()) {
        pids.add(Long.parseLong(Files.readString(f).strip()));
      }
    }
    Children.Outcome stopped =
        Children.run(tmp, "cluster-stop", env, Duration.ofMinutes(3), List.of(LOCAL_CLUSTER.toString(), "stop"));
    // whatever the script did, no process it started outlives the test
    for (long pid : pids) {
      ProcessHandle.of(pid).ifPresent(h -> {
        h.descendants().forEach(ProcessHandle::destroyForcibly);
        h.destroyForcibly();
      });
    }
    assertEquals(0, stopped.code(), stopped.both());
    for (long pid : pids) {
      assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "still alive after stop: " + pid);
    }
  }

  /** One file of every form the parser reads (HTML, PDF, DOCX, plain text, Markdown) and hostile files. */
  static Map<String, byte[]> everyForm() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("shuyang_2023.html", HostileFiles.fixture("shuyang_fagaiju_2023.html"));
    files.put("hongze_2024.pdf", HostileFiles.fixture("淮安市洪泽区人民政府_2024.pdf"));
    files.put("pingtan_2022.txt", HostileFiles.fixture("pingtan_zonghe_shiyanqu_2022.txt"));
    files.put("pingtan_2022.docx", resource("/reports/generated/pingtan_zonghe_shiyanqu_2022.docx"));
    files.put("generated_2023.md", new CorpusGenerator(9, 0).sample(1, "markdown", 2023, 12_000).bytes());
    Map<String, byte[]> hostile;
    try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      hostile = HostileFiles.hostile(unused.getLocalPort());
    }
    for (String name : List.of("truncated.pdf", "reports.zip", "random.bin", "empty.txt")) {
      files.put(name, hostile.get(name));
    }
    return files;
  }

  @Test
  void theClusterRunWritesTheLakeTheLocalRunWrites() {
    assertEquals(0, clusterRun.code(), clusterRun.both());
    assertTrue(clusterRun.out().matches("(?s).*files seen:\\s+9\\n.*"), clusterRun.out());
    assertTrue(clusterRun.out().matches("(?s).*reports written:\\s+5\\n.*"), clusterRun.out());
    assertTrue(clusterRun.out().matches("(?s).*files rejected:\\s+4\\n.*"), clusterRun.out());
    SparkSession spark = SharedSpark.session();
    for (String table : List.of("reports", "facts", "rejects", "inputs", "agency_year_metrics")) {
      List<String> cluster = rows(spark, tmp.resolve("cluster-lake").resolve(table));
      List<String> local = rows(spark, tmp.resolve("local-lake").resolve(table));
      assertFalse(local.isEmpty(), table);
      assertEquals(local, cluster, table);
    }
  }

  @Test
  void theQueryOnTheClusterAnswersAsTheLocalQuery() {
    assertEquals(0, clusterQuery.code(), clusterQuery.both());
    assertTrue(localQuery.lines().count() > 300, "facts of five reports: " + localQuery.lines().count());
    assertEquals(localQuery, clusterQuery.out());
  }

  /**
   * The event log names the executor of every task; the stages that read the files and call the parse function must
   * have run in the workers' executors only, and each such executor's own log (in its worker's app folder) must show
   * the tasks it ran. The executors' class path is the installation's jars/ folder: no Delta, no parser libraries.
   */
  @Test
  void theExecutorsRanTheParseWithTheJobsLibrariesFromTheApplicationJarOnly() throws IOException {
    assertEquals(0, clusterRun.code(), clusterRun.both());
    Map<Integer, Set<String>> executorsByStage = parseStages();
    assertFalse(executorsByStage.isEmpty(), "no stage read the files and called parse_report");
    Set<String> executors = new TreeSet<>();
    executorsByStage.values().forEach(executors::addAll);
    assertFalse(executors.contains("driver"), executorsByStage.toString());
    assertFalse(executors.isEmpty(), executorsByStage.toString());

    Map<String, Path> executorLogs = executorLogs();
    for (String id : executors) {
      Path log = executorLogs.get(id);
      assertTrue(log != null, "no app folder for executor " + id + " in " + executorLogs);
      String text = Files.readString(log, StandardCharsets.UTF_8);
      boolean ranParse = executorsByStage.entrySet().stream()
          .anyMatch(e -> e.getValue().contains(id) && text.contains(" in stage " + e.getKey() + ".0 (TID "));
      assertTrue(ranParse, "executor " + id + "'s log shows no parse task: " + log);
      String command = text.lines().filter(l -> l.startsWith("Spark Executor Command:")).findFirst().orElseThrow();
      String classPath = command.replaceFirst(".*\"-cp\" \"([^\"]*)\".*", "$1");
      Path home = state.resolve("spark-home");
      assertEquals(home.resolve("conf") + "/:" + home.resolve("jars") + "/*", classPath, command);
      assertTrue(text.contains("disclosure-lake-0.1.0.jar"), "the executor fetched the application jar: " + log);
    }
    try (Stream<Path> jars = Files.list(state.resolve("spark-home/jars"))) {
      List<String> names = jars.map(p -> p.getFileName().toString()).toList();
      assertTrue(names.stream().anyMatch(n -> n.startsWith("spark-core_")), names.toString());
      for (String library : List.of("delta-", "jsoup-", "pdfbox-", "poi-", "picocli-", "jazzer")) {
        assertTrue(names.stream().noneMatch(n -> n.startsWith(library)), library + " in the installation's jars/");
      }
    }
  }

  /** Stage id → executors that ran its tasks, for every stage that scans binaryFile and calls parse_report. */
  private static Map<Integer, Set<String>> parseStages() throws IOException {
    Path log;
    try (Stream<Path> files = Files.list(events)) {
      log = files.filter(p -> !p.toString().endsWith(".inprogress")).findFirst().orElseThrow();
    }
    ObjectMapper json = new ObjectMapper();
    Set<Integer> parseStages = new TreeSet<>();
    Map<Integer, Set<String>> out = new TreeMap<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      JsonNode event = json.readTree(line);
      String type = event.path("Event").asText();
      if (type.equals("SparkListenerStageSubmitted")) {
        JsonNode rdds = event.path("Stage Info").path("RDD Info");
        boolean scans = false;
        boolean parses = false;
        for (JsonNode rdd : rdds) {
          scans |= rdd.path("Scope").asText().contains("Scan binaryFile");
          parses |= rdd.path("Name").asText().contains("parse_report(");
        }
        if (scans && parses) {
          parseStages.add(event.path("Stage Info").path("Stage ID").asInt());
        }
      } else if (type.equals("SparkListenerTaskEnd") && parseStages.contains(event.path("Stage ID").asInt())) {
        out.computeIfAbsent(event.path("Stage ID").asInt(), k -> new TreeSet<>())
            .add(event.path("Task Info").path("Executor ID").asText());
      }
    }
    return out;
  }

  /** Executor id → its stderr in the worker's app folder (work-N/app-ID/EXECUTOR/stderr). */
  private static Map<String, Path> executorLogs() throws IOException {
    Map<String, Path> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(state, 4)) {
      for (Path f : files.filter(p -> p.getFileName().toString().equals("stderr")).toList()) {
        if (f.getParent().getParent().getFileName().toString().startsWith("app-")) {
          out.put(f.getParent().getFileName().toString(), f);
        }
      }
    }
    return out;
  }

  /** A Delta table's rows as text, sorted, without the columns that say when a run wrote them. */
  private static List<String> rows(SparkSession spark, Path table) {
    List<String> out = new ArrayList<>();
    for (Row r : spark.read().format("delta").load(table.toString()).drop("ingest_time").collectAsList()) {
      out.add(r.toString());
    }
    out.sort(null);
    return out;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ClusterIT.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find fixture on the classpath: " + name);
      }
      return in.readAllBytes();
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
