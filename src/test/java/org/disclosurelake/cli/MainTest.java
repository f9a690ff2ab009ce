package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command line without Spark: help, argument errors, and parse. */
class MainTest {

  private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "data/sample");

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheSubcommands() {
    Outcome o = run("--help");
    assertEquals(0, o.code());
    for (String command : List.of("run", "parse", "query")) {
      assertTrue(o.out().contains("  " + command + " "), o.out());
    }
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command : List.of("run", "parse", "query")) {
      Outcome o = run(command, "--help");
      assertEquals(0, o.code(), command);
      assertTrue(o.out().startsWith("Usage: disclosure-lake " + command), o.out());
    }
  }

  @Test
  void badArgumentsGiveOneLineAndExitCode2() {
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"nonsense"},
            new String[] {"query", "SELECT 1"},
            new String[] {"parse"},
            new String[] {"run", "--input", "/no/such/folder"},
            new String[] {"run", "--bogus"})) {
      Outcome o = run(args);
      assertEquals(2, o.code(), String.join(" ", args));
      assertEquals(1, o.err().lines().count(), o.err());
      assertTrue(o.err().startsWith("disclosure-lake"), o.err());
    }
  }

  @Test
  void parseJsonPrintsOneObjectPerFile() throws Exception {
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(SAMPLE)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> files.add(p.toString()));
    }
    List<String> args = new ArrayList<>(List.of("parse", "--json"));
    args.addAll(files);
    Outcome o = run(args.toArray(String[]::new));
    assertEquals(0, o.code(), o.err());
    List<String> lines = o.out().lines().toList();
    assertEquals(files.size(), lines.size());
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode node = json.readTree(lines.get(i));
      assertEquals(
          List.of("source", "sha256", "agency", "year", "template", "form", "facts", "findings"),
          iterableToList(node.fieldNames()));
      assertEquals(files.get(i), node.get("source").asText());
      assertEquals(64, node.get("sha256").asText().length());
      assertTrue(node.get("facts").isObject());
      assertTrue(node.get("findings").isArray());
    }
  }

  @Test
  void parseWithoutJsonIsReadableAndAnUnreadableFileFails() {
    Outcome o = run("parse", SAMPLE.resolve("004_e8c90e1f83533eb4.txt").toString(), "/no/such/file.txt");
    assertEquals(Main.FAILED, o.code());
    assertTrue(o.out().contains("sha256"), o.out());
    assertTrue(o.err().contains("/no/such/file.txt"), o.err());
  }

  private static List<String> iterableToList(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
