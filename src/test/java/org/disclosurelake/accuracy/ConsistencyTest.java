package org.disclosurelake.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code accuracy --consistency} on a folder of real fixtures whose verdicts were checked by reading them (see
 * reports/real/manifest.csv): which documents are complete and consistent, which only disagree with themselves, and
 * which cannot be read.
 */
class ConsistencyTest {

  @TempDir static Path dir;

  // document → consistent? (checked by hand against the document, not taken from the parser)
  private static final Map<String, Boolean> VERDICTS = Map.of(
      // 2021 template, (六) printed as one row; its 表四 blocks do not add up as printed (10+1+0+0 ≠ 0)
      "淮安市洪泽区人民政府_2023.pdf", true,
      // 2019 template; its outcome rows sum to 27 where (七)总计 says 21
      "pingtan_zonghe_shiyanqu_2020.html", true,
      // 2021 template, the five 法人 columns blank cells: complete, every check holds
      "shuyang_fagaiju_2023.html", true,
      // pre-2019 prose with a glued 统计表 settled by the prose: no 表三/表四 to complete
      "pingtan_zonghe_shiyanqu_2018.txt", true,
      // scanned pages only
      "scanned_pingtan_2023.pdf", false,
      // the 2023 page cut before 表四 (made by this test): 表四 is missing
      "cut_before_table4.html", false);

  @BeforeAll
  static void folder() throws IOException {
    for (String name : List.of("淮安市洪泽区人民政府_2023.pdf", "pingtan_zonghe_shiyanqu_2020.html",
        "shuyang_fagaiju_2023.html", "pingtan_zonghe_shiyanqu_2018.txt")) {
      Files.write(dir.resolve(name), fixture("real/" + name));
    }
    Files.write(dir.resolve("scanned_pingtan_2023.pdf"), fixture("generated/scanned_pingtan_2023.pdf"));
    String page = new String(fixture("real/pingtan_zonghe_shiyanqu_2023.html"), StandardCharsets.UTF_8);
    int table4 = page.indexOf("四、政府信息公开行政复议");
    assertTrue(table4 > 0, "the 2023 page has its 表四 heading");
    Files.writeString(dir.resolve("cut_before_table4.html"), page.substring(0, table4) + "</div></body></html>");
    // not documents: skipped
    Files.writeString(dir.resolve("labels.csv"), "file,agency\n");
    Files.writeString(dir.resolve("README.md"), "# 说明\n");
    Files.writeString(dir.resolve("shuyang_fagaiju_2023.html.expected"), "agency\tx\n");
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = ConsistencyTest.class.getResourceAsStream("/reports/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find fixture: " + name);
      }
      return in.readAllBytes();
    }
  }

  private static Map<String, Consistency> byName(ConsistencyReport r) {
    return r.documents().stream()
        .collect(Collectors.toMap(c -> Path.of(c.source()).getFileName().toString(), Function.identity()));
  }

  @Test
  void handCheckedVerdicts() throws Exception {
    ConsistencyReport r = ConsistencyCommand.measure(ConsistencyCommand.documents(List.of(dir)), 2);
    Map<String, Consistency> docs = byName(r);
    assertEquals(VERDICTS.keySet(), docs.keySet(), "documents parsed (csv, README and .expected skipped)");
    VERDICTS.forEach((name, ok) -> assertEquals(ok, docs.get(name).consistent(), name + ": " + docs.get(name)));
  }

  @Test
  void ownNumbersDisagreeingIsNotAReadingProblem() throws Exception {
    Map<String, Consistency> docs = byName(ConsistencyCommand.measure(ConsistencyCommand.documents(List.of(dir)), 2));
    Consistency hz = docs.get("淮安市洪泽区人民政府_2023.pdf");
    assertTrue(hz.findings().contains("T4-SUM"), hz.toString());
    assertTrue(hz.t3Complete() && hz.t4Complete(), hz.toString());
    Consistency blanks = docs.get("shuyang_fagaiju_2023.html");
    assertTrue(blanks.t3Complete() && blanks.findings().isEmpty(), blanks.toString());
    Consistency legacy = docs.get("pingtan_zonghe_shiyanqu_2018.txt");
    assertFalse(legacy.templated(), legacy.toString());
    Consistency cut = docs.get("cut_before_table4.html");
    assertTrue(cut.t3Complete(), cut.toString());
    assertFalse(cut.t4Complete(), cut.toString());
    assertTrue(docs.get("scanned_pingtan_2023.pdf").firstProblem().startsWith("rejected: "));
  }

  @Test
  void findingsAreOwnNumbersNotesOrReadingProblems() {
    for (String own : List.of("T3-BAL", "T3-OUT", "T3-ROW", "T4-SUM", "NONNEG", "TXT-TAB")) {
      assertFalse(Consistency.readingProblem(own), own);
    }
    for (String note : List.of("UNIT", "STITCHED", "FROM_TEXT", "CUMULATIVE")) {
      assertFalse(Consistency.readingProblem(note), note);
    }
    for (String problem : List.of("SHAPE", "AMBIGUOUS_SPLIT", "TEXT_AMBIGUOUS", "CELL_TEXT", "NO_AGENCY", "YEAR_INFERRED")) {
      assertTrue(Consistency.readingProblem(problem), problem);
    }
  }

  @Test
  void commandPrintsSharesAndTheRest() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = new CommandLine(new AccuracyCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
        .execute("--consistency", dir.toString());
    assertEquals(0, code);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("consistent (all of the above)                4       6    66.67"), text);
    assertTrue(text.contains("表四 complete (2019/2021)"), text);
    assertTrue(text.contains("not consistent (2), first problem:"), text);
    assertTrue(text.contains("cut_before_table4.html: "), text);
  }

  @Test
  void commandPrintsJson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = new CommandLine(new AccuracyCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
        .execute("--consistency", "--json", dir.toString());
    assertEquals(0, code);
    String json = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"documents\":6,\"shares\":{"), json);
    assertTrue(json.contains("\"consistent (all of the above)\":{\"count\":4,\"of\":6,"), json);
    assertTrue(json.contains("\"first_problem\":\"rejected: "), json);
  }
}
