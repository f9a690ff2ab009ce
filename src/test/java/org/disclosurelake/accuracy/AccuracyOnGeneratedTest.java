package org.disclosurelake.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.disclosurelake.generate.CorpusGenerator;
import org.disclosurelake.generate.CorpusWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AccuracyOnGeneratedTest {

  @TempDir static Path dir;

  private static AccuracyReport measure(Path corpus, long seed, double broken, int count) throws Exception {
    new CorpusWriter(new CorpusGenerator(seed, broken), 2).write(corpus, count);
    return AccuracyCommand.measure(AccuracyCommand.documents(List.of(corpus)), 2);
  }

  @Test
  void cleanGeneratedDocumentsParseFullyCorrect() throws Exception {
    AccuracyReport r = measure(dir.resolve("clean"), 2024, 0, 50);
    assertEquals(50, r.documents());
    assertEquals(r.documents(), r.correct(), r.text());
  }

  @Test
  void brokenGeneratedDocumentsHaveTheirFindings() throws Exception {
    AccuracyReport r = measure(dir.resolve("broken"), 7, 1, 30);
    assertEquals(r.documents(), r.correct(), r.text());
  }

  @Test
  void commandPrintsPercentagesAndJson() throws Exception {
    Path corpus = dir.resolve("cli");
    new CorpusWriter(new CorpusGenerator(1, 0.1), 1).write(corpus, 5);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = new CommandLine(new AccuracyCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
        .execute("--json", corpus.toString());
    assertEquals(0, code);
    String json = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"documents\":5,"), json);
    assertTrue(json.contains("\"facts\":{"), json);
  }

  @Test
  void badFolderIsAnArgumentError() {
    int code = new CommandLine(new AccuracyCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .execute(dir.resolve("missing").toString());
    assertEquals(2, code);
  }
}
