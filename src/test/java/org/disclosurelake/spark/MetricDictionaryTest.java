package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metric dictionary: well formed, unique names, and rendered unchanged in docs/metrics.md. */
class MetricDictionaryTest {

  private static final Path DOC = Path.of(System.getProperty("project.basedir", "."), "docs/metrics.md");
  private static final String BEGIN = "<!-- metric-dictionary:begin -->\n";
  private static final String END = "<!-- metric-dictionary:end -->";

  @Test
  void everyEntryHasAUniqueNameALabelADefinitionAndATable() {
    Set<String> names = new HashSet<>();
    for (MetricDictionary.Entry e : MetricDictionary.bundled().entries()) {
      assertTrue(names.add(e.name()), "duplicate " + e.name());
      assertTrue(e.name().matches("[a-z][a-z0-9_]*"), "snake_case: " + e.name());
      assertFalse(e.labelZh().isBlank() || e.definition().isBlank() || e.tables().isEmpty(), e.name());
    }
  }

  @Test
  void docsMetricsShowsTheDictionaryAsRendered() throws IOException {
    // stale when the TSV changed: regenerate with -Ddocs.update=true
    String readme = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "docs/metrics.md lacks the dictionary markers");
    String rendered = MetricDictionary.bundled().markdown();
    if (Boolean.getBoolean("docs.update")) {
      readme = readme.substring(0, begin + BEGIN.length()) + rendered + readme.substring(end);
      Files.writeString(DOC, readme, StandardCharsets.UTF_8);
    }
    assertEquals(rendered, readme.substring(begin + BEGIN.length(), end),
        "docs/metrics.md is stale: mvn -o -q test -Dtest=MetricDictionaryTest -Ddocs.update=true");
  }
}
