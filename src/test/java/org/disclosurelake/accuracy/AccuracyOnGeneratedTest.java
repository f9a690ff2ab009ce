package org.disclosurelake.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurelake.generate.CorpusGenerator;
import org.disclosurelake.generate.CorpusWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AccuracyOnGeneratedTest {

  @TempDir static Path dir;

  // the classes the parser read exactly before issue #13's classes were added to the generator
  private static final Set<String> BASE = Set.of("html", "pdf", "pipe", "markdown", "glued", "narrative", "blank-columns");

  /** The accuracy over the documents of the base classes, and over all (the new classes measure the parser). */
  private static AccuracyReport[] measure(Path corpus, long seed, double broken, int count) throws Exception {
    new CorpusWriter(new CorpusGenerator(seed, broken), 2).write(corpus, count);
    List<Path> docs = AccuracyCommand.documents(List.of(corpus));
    List<Path> base = new ArrayList<>();
    for (Path p : docs) {
      Expected e = Expected.parse(Files.readString(p.resolveSibling(p.getFileName() + ".expected"), StandardCharsets.UTF_8));
      if (BASE.containsAll(e.classes())) {
        base.add(p);
      }
    }
    return new AccuracyReport[] {AccuracyCommand.measure(base, 2), AccuracyCommand.measure(docs, 2)};
  }

  @Test
  void cleanGeneratedDocumentsOfTheBaseClassesParseFullyCorrect() throws Exception {
    AccuracyReport[] r = measure(dir.resolve("clean"), 2024, 0, 120);
    assertTrue(r[0].documents() >= 40, r[1].text());
    assertEquals(r[0].documents(), r[0].correct(), r[0].text());
    assertEquals(120, r[1].documents());
  }

  @Test
  void brokenGeneratedDocumentsOfTheBaseClassesHaveTheirFindings() throws Exception {
    AccuracyReport[] r = measure(dir.resolve("broken"), 7, 1, 40);
    assertTrue(r[0].documents() >= 15, r[1].text());
    assertEquals(r[0].documents(), r[0].correct(), r[0].text());
  }

  @Test
  void ambiguousCellsAndClassesAreReportedApart() throws Exception {
    AccuracyReport all = measure(dir.resolve("classes"), 11, 0.05, 120)[1];
    String text = all.text();
    assertTrue(all.ambiguity().expected() > 0, text);
    assertEquals(all.ambiguity().expected(),
        all.ambiguity().flagged() + all.ambiguity().valued() + all.ambiguity().unflagged(), text);
    assertTrue(text.contains("ambiguous cells (not in facts): " + all.ambiguity().expected() + " expected empty"), text);
    for (String c : List.of("md-from-pdf", "blank-cells", "legacy-stats", "typos", "mixed-template", "ambiguous-glue")) {
      assertTrue(text.lines().anyMatch(l -> l.startsWith(c + " ")), c + " missing from\n" + text);
    }
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
