package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurelake.accuracy.Comparison;
import org.disclosurelake.accuracy.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A regression guard: every fixture with a snapshot beside it ({@code NAME.snapshot}, in the format of
 * {@link Expected}) parses to exactly what the snapshot says: agency, year, template, each listed fact, each absence,
 * and the exact set of finding codes. The snapshots record the parser's output as reviewed when it was taken, so they
 * catch change, not error: correctness rests on the hand labels ({@link LabelsTest}). Where a snapshot and a label
 * disagree, the label wins and the snapshot is updated.
 */
class SnapshotTest {

  private static final ReportParser PARSER = new ReportParser();

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path root = Path.of(SnapshotTest.class.getResource("/reports").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> expected = files.filter(p -> p.toString().endsWith(".snapshot")).sorted().toList();
      return expected.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesAsExpected(Path expectedFile) throws IOException {
    String name = expectedFile.getFileName().toString();
    Path document = expectedFile.resolveSibling(name.substring(0, name.length() - ".snapshot".length()));
    Expected expected = Expected.parse(Files.readString(expectedFile, StandardCharsets.UTF_8));
    Comparison c = Comparison.of(document.toString(), expected, PARSER.parse(Files.readAllBytes(document), name));
    assertTrue(c.ok(), () -> document.getFileName() + ":\n  " + String.join("\n  ", c.mismatches()));
  }
}
