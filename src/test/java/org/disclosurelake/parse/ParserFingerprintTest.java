package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-time parser version: what it covers, that it moves with the parser's code and data and nothing else. */
class ParserFingerprintTest {

  private static final List<String> LIBRARIES = List.of("jsoup:1.0");

  private static Path classes;
  private static ParserFingerprint.Inputs inputs;

  @BeforeAll
  static void buildOutput() throws IOException, URISyntaxException {
    classes = Path.of(ParserFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    inputs = ParserFingerprint.inputs(classes);
  }

  @Test
  void coversTheParserTheRecordsAndWhatTheyReachOnly() {
    assertTrue(inputs.classes().contains("org/disclosurelake/parse/ReportParser.class"));
    assertTrue(inputs.classes().contains("org/disclosurelake/report/Fact.class"));
    assertTrue(inputs.classes().contains("org/disclosurelake/parse/table/Table3Reader.class"));
    // the parser finds agency prefixes in the gazetteer: its classes and data are the parser's too
    assertTrue(inputs.classes().contains("org/disclosurelake/agency/Gazetteer.class"));
    assertEquals(List.of("gazetteer/divisions.tsv.gz", "traditional-to-simplified.tsv"), inputs.resources());
    // the agency resolver, Spark code and metric SQL change derived tables, not what the parser reads
    assertFalse(inputs.classes().contains("org/disclosurelake/agency/AgencyResolver.class"));
    assertFalse(inputs.classes().stream().anyMatch(c -> c.startsWith("org/disclosurelake/spark/")));
  }

  @Test
  void theBuiltVersionIsTheFingerprintOfTheseClasses() throws IOException {
    Properties built = new Properties();
    try (InputStream in = ParserFingerprint.class.getClassLoader().getResourceAsStream(ParserVersion.RESOURCE)) {
      built.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> libraries = List.of(built.getProperty("libraries").split(","));
    String hash = ParserFingerprint.fingerprint(classes, inputs, libraries);
    assertTrue(ReportParser.VERSION.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\+[0-9a-f]{12}"), ReportParser.VERSION);
    assertEquals(hash.substring(0, ParserFingerprint.DIGITS), ReportParser.VERSION.replaceAll(".*\\+", ""));
  }

  @Test
  void movesWithAParserResourceAClassOrALibraryAndWithNothingElse(@TempDir Path tmp) throws IOException {
    Path copy = copyOfInputs(tmp.resolve("classes"));
    String before = ParserFingerprint.fingerprint(copy, ParserFingerprint.inputs(copy), LIBRARIES);
    assertEquals(before, ParserFingerprint.fingerprint(copy, ParserFingerprint.inputs(copy), LIBRARIES), "stable");

    // files the parser does not reach: another package's class, metric SQL
    Files.createDirectories(copy.resolve("org/disclosurelake/spark"));
    Files.write(copy.resolve("org/disclosurelake/spark/Unrelated.class"), classBytes("spark/Unrelated"));
    Files.createDirectories(copy.resolve("metrics"));
    Files.writeString(copy.resolve("metrics/new_metric.sql"), "SELECT 1");
    assertEquals(before, ParserFingerprint.fingerprint(copy, ParserFingerprint.inputs(copy), LIBRARIES));

    Files.writeString(copy.resolve("traditional-to-simplified.tsv"), "# one more comment\n",
        StandardOpenOption.APPEND);
    String afterResource = ParserFingerprint.fingerprint(copy, ParserFingerprint.inputs(copy), LIBRARIES);
    assertNotEquals(before, afterResource, "a parser resource changed");

    Files.write(copy.resolve("org/disclosurelake/parse/table/Extra.class"), classBytes("parse/table/Extra"));
    String afterClass = ParserFingerprint.fingerprint(copy, ParserFingerprint.inputs(copy), LIBRARIES);
    assertNotEquals(afterResource, afterClass, "a parser class was added");

    assertNotEquals(afterClass,
        ParserFingerprint.fingerprint(copy, ParserFingerprint.inputs(copy), List.of("jsoup:1.1")), "a library");
  }

  @Test
  void mainWritesTheVersionResource(@TempDir Path tmp) throws IOException {
    Path copy = copyOfInputs(tmp.resolve("classes"));
    ParserFingerprint.main(new String[] {copy.toString(), "9.9.9", "jsoup:1.0"});
    Properties written = new Properties();
    written.load(Files.newBufferedReader(copy.resolve(ParserVersion.RESOURCE), StandardCharsets.UTF_8));
    String hash = ParserFingerprint.fingerprint(copy, ParserFingerprint.inputs(copy), LIBRARIES);
    assertEquals("9.9.9+" + hash.substring(0, 12), written.getProperty(ParserVersion.KEY));
  }

  @Test
  void theResolversVersionCoversItsCodeAndEveryTableItReads() throws IOException {
    ParserFingerprint.Inputs resolver = ParserFingerprint.inputs(classes, ParserFingerprint.RESOLVER_ROOTS);
    assertTrue(resolver.classes().contains("org/disclosurelake/agency/AgencyResolver.class"));
    assertTrue(resolver.classes().contains("org/disclosurelake/agency/Aliases.class"));
    // the four data files under src/main/resources/agency and gazetteer/: a new alias moves reports between agencies
    assertEquals(List.of("agency/aliases.tsv", "agency/development-zones.tsv", "agency/ocr-confusables.tsv",
        "gazetteer/divisions.tsv.gz"), resolver.resources());
    assertFalse(resolver.classes().stream().anyMatch(c -> c.startsWith("org/disclosurelake/spark/")));

    Properties built = new Properties();
    try (InputStream in =
        ParserFingerprint.class.getClassLoader().getResourceAsStream(ParserVersion.RESOLVER_RESOURCE)) {
      built.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String hash = ParserFingerprint.fingerprint(classes, resolver, List.of());
    assertEquals(hash.substring(0, ParserFingerprint.DIGITS), ParserVersion.resolver().replaceAll(".*\\+", ""));
    assertEquals(built.getProperty(ParserVersion.RESOLVER_KEY), ParserVersion.resolver());
    assertNotEquals(ParserVersion.resolver(), ReportParser.VERSION);
  }

  @Test
  void theResolversVersionMovesWithAnAlias(@TempDir Path tmp) throws IOException {
    ParserFingerprint.Inputs resolver = ParserFingerprint.inputs(classes, ParserFingerprint.RESOLVER_ROOTS);
    Path copy = tmp.resolve("classes");
    for (String name : resolver.classes()) {
      copy(name, copy);
    }
    for (String name : resolver.resources()) {
      copy(name, copy);
    }
    ParserFingerprint.main(new String[] {"--resolver", copy.toString(), "9.9.9"});
    String before = read(copy.resolve(ParserVersion.RESOLVER_RESOURCE)).getProperty(ParserVersion.RESOLVER_KEY);
    assertTrue(before.startsWith("9.9.9+"), before);
    assertFalse(Files.exists(copy.resolve(ParserVersion.RESOURCE)), "the parser's version is another run's");

    Files.writeString(copy.resolve("agency/aliases.tsv"), "# one more comment\n", StandardOpenOption.APPEND);
    ParserFingerprint.main(new String[] {"--resolver", copy.toString(), "9.9.9"});
    String after = read(copy.resolve(ParserVersion.RESOLVER_RESOURCE)).getProperty(ParserVersion.RESOLVER_KEY);
    assertNotEquals(before, after, "an alias file changed");
  }

  private static Properties read(Path file) throws IOException {
    Properties p = new Properties();
    try (java.io.Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void readsTheConstantPoolOfARealClass() throws IOException {
    byte[] bytes = Files.readAllBytes(classes.resolve("org/disclosurelake/parse/TextNormalizer.class"));
    List<String> constants = ParserFingerprint.utf8Constants(bytes);
    assertTrue(constants.contains("/traditional-to-simplified.tsv"), constants.toString());
    assertTrue(constants.contains("org/disclosurelake/parse/TextNormalizer"), constants.toString());
  }

  /** The parser's classes and resources copied into a folder of their own. */
  private static Path copyOfInputs(Path target) throws IOException {
    for (String name : inputs.classes()) {
      copy(name, target);
    }
    for (String name : inputs.resources()) {
      copy(name, target);
    }
    return target;
  }

  private static void copy(String name, Path target) throws IOException {
    Path to = target.resolve(name);
    Files.createDirectories(to.getParent());
    Files.copy(classes.resolve(name), to);
  }

  /** A minimal valid class file (empty constant pool but the class's own name), enough for the scanner. */
  private static byte[] classBytes(String simplePath) {
    byte[] name = ("org/disclosurelake/" + simplePath).getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream d = new java.io.DataOutputStream(out)) {
      d.writeInt(0xCAFEBABE);
      d.writeShort(0);
      d.writeShort(61);
      d.writeShort(3); // two constants: Utf8 name, Class
      d.writeByte(1);
      d.writeShort(name.length);
      d.write(name);
      d.writeByte(7);
      d.writeShort(1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
