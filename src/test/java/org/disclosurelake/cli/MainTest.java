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
  void everyHelpTextFormatsWithoutAPicocliWarning() {
    // an unescaped % in a description makes picocli print the raw text and warn on stderr ("1 %" must be "1 %%")
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (String command : new picocli.CommandLine(new Main()).getSubcommands().keySet()) {
        Outcome o = run(command, "--help");
        assertEquals(0, o.code(), command);
      }
    } finally {
      System.setErr(stderr);
    }
    String warnings = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(!warnings.contains("picocli WARN"), warnings);
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

  @Test
  void versionIsThePomVersion() throws Exception {
    String pom = Files.readString(
        Path.of(System.getProperty("project.basedir", "."), "pom.xml"), java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<artifactId>disclosure-lake</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertTrue(m.find(), "the project version in pom.xml");
    Outcome o = run("--version");
    assertEquals(0, o.code(), o.err());
    List<String> lines = o.out().lines().toList();
    assertEquals("disclosure-lake " + m.group(1), lines.get(0));
    assertTrue(lines.get(1).matches("parser " + java.util.regex.Pattern.quote(m.group(1)) + "\\+[0-9a-f]{12}"),
        lines.get(1));
  }

  @Test
  void parseRejectsAFileOverTheMaxFileSizeGivenUnread() throws Exception {
    Path small = SAMPLE.resolve("004_e8c90e1f83533eb4.txt");
    Path html = SAMPLE.resolve("shuyang/shuyang_fagaiju_2023.html");
    long size = Files.size(html);
    assertTrue(Files.size(small) < 16 * 1024 && size > 16 * 1024, "fixtures on either side of 16 KiB");
    Outcome o = run("parse", "--json", "--max-file-size", "16KiB", small.toString(), html.toString());
    assertEquals(0, o.code(), o.err());
    List<String> lines = o.out().lines().toList();
    ObjectMapper json = new ObjectMapper();
    assertTrue(json.readTree(lines.get(0)).get("facts").isObject(), lines.get(0));
    JsonNode rejected = json.readTree(lines.get(1));
    assertEquals("oversize: " + size + " bytes > limit 16384 bytes", rejected.get("rejected").asText());
    assertEquals("text", rejected.get("detected_type").asText()); // the sniffer's type of every text-based form
    assertTrue(rejected.get("sha256").isNull(), "an oversize file is never read, so never hashed");
  }

  @Test
  void limitOptionsDefaultToTheLimitsDefaults() {
    picocli.CommandLine cli = new picocli.CommandLine(new RunCommand());
    cli.parseArgs();
    assertEquals(org.disclosurelake.parse.Limits.DEFAULTS, ((RunCommand) cli.getCommand()).limits.limits());
    cli.parseArgs("--max-file-size", "1KiB", "--parse-timeout", "2m");
    assertEquals(org.disclosurelake.parse.Limits.DEFAULTS.withMaxFileBytes(1024)
        .withParseTimeout(java.time.Duration.ofMinutes(2)), ((RunCommand) cli.getCommand()).limits.limits());
  }

  private static List<String> iterableToList(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
