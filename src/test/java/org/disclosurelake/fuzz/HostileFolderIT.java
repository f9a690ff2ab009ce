package org.disclosurelake.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.cli.Main;
import org.disclosurelake.accuracy.Expected;
import org.disclosurelake.spark.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job over a folder that mixes good reports (GBK, UTF-16 with BOM, invalid bytes, PDF, HTML) with hostile
 * files of every kind: exit 0, the good reports present and correct, each hostile file one {@code rejects} row with
 * its reason, identical bytes merged into one report, and two renditions of one report linked.
 */
class HostileFolderIT {

  @TempDir static Path tmp;

  private static SparkSession spark;
  private static Path input;
  private static Path lake;
  private static int exit;
  private static String output;

  @BeforeAll
  static void runTheJob() throws IOException {
    spark = SharedSpark.session();
    input = Files.createDirectories(tmp.resolve("input"));
    lake = tmp.resolve("lake");
    HostileFiles.writeAll(input, HostileFiles.good());
    try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      HostileFiles.writeAll(input, HostileFiles.hostile(unused.getLocalPort()));
    }
    // the same bytes under a second name, and the same report in a second rendition
    Files.copy(input.resolve("pingtan_2022.txt"), input.resolve("copy-of-pingtan_2022.txt"));
    Files.write(input.resolve("pingtan_2022.html"), HostileFiles.fixture("pingtan_zonghe_shiyanqu_2022.html"));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    exit = Main.execute(new PrintWriter(out), new PrintWriter(err),
        "run", "--input", input.toString(), "--lake", lake.toString(), "--max-file-size", "8MiB",
        "--parse-timeout", "2m");
    output = out + "\n" + err;
  }

  private static Dataset<Row> table(String name) {
    return spark.read().format("delta").load(lake.resolve(name).toString());
  }

  /** File name → the report ids listing it and the rejects naming it. */
  private static Map<String, List<String>> outcomes() {
    Map<String, List<String>> out = new TreeMap<>();
    for (Row r : table("reports").selectExpr("report_id", "explode(source_paths)").collectAsList()) {
      out.computeIfAbsent(name(r.getString(1)), k -> new java.util.ArrayList<>()).add("report " + r.getString(0));
    }
    for (Row r : table("rejects").select("path", "reason").collectAsList()) {
      out.computeIfAbsent(name(r.getString(0)), k -> new java.util.ArrayList<>()).add("rejected: " + r.getString(1));
    }
    return out;
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Test
  void theRunSucceedsAndEveryFileIsExactlyOneReportOrOneReject() throws IOException {
    assertEquals(0, exit, output);
    Map<String, List<String>> outcomes = outcomes();
    try (var files = Files.list(input)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        assertEquals(1, outcomes.getOrDefault(name, List.of()).size(), name + ": " + outcomes.get(name));
      }
    }
    try (var files = Files.list(input)) {
      assertEquals(files.count(), outcomes.size(), outcomes.toString());
    }
  }

  @Test
  void eachHostileFileIsRejectedWithItsReason() {
    Map<String, List<String>> outcomes = outcomes();
    HostileFilesTest.hostileFiles().map(Arguments::get).forEach(args -> {
      String name = (String) args[0];
      String reason = ((String) args[1]).replace("8388608", String.valueOf(8 << 20));
      List<String> outcome = outcomes.get(name);
      assertEquals(1, outcome.size(), name);
      assertTrue(outcome.get(0).startsWith("rejected: "), name + " " + outcome);
      assertTrue(Pattern.compile(reason).matcher(outcome.get(0).substring("rejected: ".length())).find(),
          name + " " + outcome);
    });
    assertTrue(output.contains("oversize:"), "the summary counts rejects by reason: " + output);
  }

  @Test
  void goodReportsArePresentWithTheirHandWrittenFactsWhateverTheirEncoding() {
    Map<String, Row> byPath = new HashMap<>();
    for (Row r : table("reports").selectExpr("explode(source_paths) AS path", "report_id", "agency", "year")
        .collectAsList()) {
      byPath.put(name(r.getString(0)), r);
    }
    Map<String, String> original = Map.of(
        "pingtan_2023_gbk.txt", "pingtan_zonghe_shiyanqu_2023.txt",
        "pingtan_2020_utf16.txt", "pingtan_zonghe_shiyanqu_2020.txt",
        "pingtan_2022.txt", "pingtan_zonghe_shiyanqu_2022.txt");
    HostileFilesTest.goodFiles().map(Arguments::get).forEach(args -> {
      Row report = byPath.get((String) args[0]);
      assertEquals(args[1], report.getString(2), args[0].toString());
      assertEquals(args[2], report.getInt(3), args[0].toString());
    });
    original.forEach((file, fixture) -> {
      // re-encoded copies carry the facts of the UTF-8 original's reviewed snapshot (NAME.snapshot, whose labelled
      // fields agree with the hand labels: LabelsTest), never what the parser says of the copy
      Expected expected = Expected.parse(new String(HostileFiles.fixture(fixture + ".snapshot"), StandardCharsets.UTF_8));
      Map<String, BigDecimal> lakeValues = new TreeMap<>();
      for (Row f : table("facts").where("report_id = '" + byPath.get(file).getString(1) + "' AND value IS NOT NULL")
          .select("key", "value").collectAsList()) {
        lakeValues.put(f.getString(0), f.getDecimal(1).stripTrailingZeros());
      }
      Map<String, BigDecimal> wanted = new TreeMap<>();
      expected.facts().forEach((k, v) -> wanted.put(k, v.stripTrailingZeros()));
      Map<String, BigDecimal> found = new TreeMap<>(lakeValues);
      found.keySet().retainAll(wanted.keySet());
      assertEquals(wanted, found, file);
      expected.absent().forEach(k -> assertFalse(lakeValues.containsKey(k), file + " has no value for " + k));
      assertTrue(wanted.size() > 50, fixture + ".snapshot lists facts: " + wanted.size());
    });
  }

  @Test
  void identicalBytesAreOneReportAndRenditionsAreLinked() {
    Row txt = table("reports").where("array_contains(transform(source_paths, p -> p LIKE '%/pingtan_2022.txt'), true)")
        .select("report_id", "source_paths").first();
    assertEquals(2, txt.getList(1).size(), txt.toString());
    assertTrue(txt.getList(1).stream().anyMatch(p -> p.toString().endsWith("/copy-of-pingtan_2022.txt")));
    Row link = table("report_links").where("report_id = '" + txt.getString(0) + "'").first();
    assertEquals("DUPLICATE_RENDITION", link.getAs("finding"), link.toString());
    assertEquals(List.of("html"), link.getList(link.fieldIndex("sibling_forms")));
  }
}
