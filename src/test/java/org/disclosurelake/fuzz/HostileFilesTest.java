package org.disclosurelake.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclosurelake.parse.BudgetedParser;
import org.disclosurelake.parse.Limits;
import org.disclosurelake.report.ParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A folder of good reports and hostile files, parsed through {@link BudgetedParser}: every file ends as exactly one
 * report or one rejection with a reason, and nothing in a document makes the parser touch the network.
 */
class HostileFilesTest {

  /** Hostile files the parser gets wrong today (a "report", or a misleading reason); none at present. */
  private static final Map<String, String> KNOWN_GAPS = Map.of();

  @TempDir static Path dir;

  /**
   * The port the hostile files point their URLs at. Nothing accepts on it: on loopback a connect() returns only once
   * the kernel has queued the connection, so a connection the parser made before it returned is waiting here when
   * the test looks, without any wait or thread (see {@link #connectionsMade()}).
   */
  private static ServerSocketChannel trap;
  private static int connections;
  private static final BudgetedParser PARSER = new BudgetedParser(Limits.DEFAULTS.withMaxFileBytes(8 << 20).withParseTimeout(Duration.ofMinutes(2)));

  @BeforeAll
  static void writeFolder() throws IOException {
    trap = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    trap.configureBlocking(false);
    HostileFiles.writeAll(dir, HostileFiles.good());
    HostileFiles.writeAll(dir, HostileFiles.hostile(port()));
  }

  @AfterAll
  static void closeTrap() throws IOException {
    trap.close();
  }

  private static int port() throws IOException {
    return ((InetSocketAddress) trap.getLocalAddress()).getPort();
  }

  /** Connections made to the trap so far: the queued ones are taken (non-blocking accept) and counted. */
  private static synchronized int connectionsMade() throws IOException {
    for (SocketChannel c = trap.accept(); c != null; c = trap.accept()) {
      c.close();
      connections++;
    }
    return connections;
  }

  private static ParseResult parse(String name) {
    try {
      ParseResult result = PARSER.parse(Files.readAllBytes(dir.resolve(name)), name);
      assertNotNull(result, name);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> goodFiles() {
    return Stream.of(
        Arguments.of("pingtan_2022.txt", "平潭综合实验区", 2022),
        Arguments.of("shuyang_2023.html", "沭阳县发展和改革局", 2023),
        Arguments.of("hongze_2024.pdf", "淮安市洪泽区人民政府", 2024),
        Arguments.of("pingtan_2023_gbk.txt", "平潭综合实验区", 2023),
        Arguments.of("pingtan_2020_utf16.txt", "平潭综合实验区", 2020),
        Arguments.of("pingtan_2018_badbytes.txt", "平潭综合实验区", 2018));
  }

  @ParameterizedTest
  @MethodSource("goodFiles")
  void goodFileParsesWithAgencyAndYear(String name, String agency, int year) {
    ParseResult result = parse(name);
    assertFalse(result.isRejected(), () -> name + ": " + result.rejection());
    assertEquals(agency, result.report().agency(), name);
    assertEquals(year, result.report().year(), name);
    ParseInvariants.check(result);
  }

  /** Each hostile file with a pattern the reason of its rejection must match. */
  static Stream<Arguments> hostileFiles() {
    return Stream.of(
        Arguments.of("empty.txt", "^empty file$"),
        Arguments.of("random.bin", "^binary file, not text$"),
        Arguments.of("photo.png", "^image \\(png\\)"),
        Arguments.of("photo.jpg", "^image \\(jpeg\\)"),
        Arguments.of("anim.gif", "^image \\(gif\\)"),
        Arguments.of("reports.zip", "^archive \\(zip\\)"),
        Arguments.of("report.txt.gz", "^archive \\(gzip\\)"),
        Arguments.of("report.docx", "^broken DOCX: "),
        Arguments.of("report.doc", "^broken DOC: "),
        Arguments.of("truncated.pdf", "(?i)truncated|broken|damaged|corrupt"),
        Arguments.of("high-bytes.txt", "undecodable|not a disclosure report"),
        Arguments.of("ordinary-page.html", "^not a disclosure report"),
        Arguments.of("digits.txt", "^not a disclosure report"),
        Arguments.of("nested-tables.html", "^not a disclosure report"),
        Arguments.of("big-page.html", "^not a disclosure report"),
        Arguments.of("oversize.txt", "^oversize: 9437184 bytes > limit 8388608 bytes$"));
  }

  @ParameterizedTest
  @MethodSource("hostileFiles")
  void hostileFileIsOneRejection(String name, String reason) {
    ParseResult result = parse(name);
    boolean asWanted = result.isRejected() && Pattern.compile(reason).matcher(result.rejection().reason()).find();
    if (!asWanted && KNOWN_GAPS.containsKey(name)) {
      Assumptions.abort("parser gap: " + KNOWN_GAPS.get(name));
    }
    assertTrue(result.isRejected(), () -> name + " became a report: " + result.report());
    assertTrue(asWanted, () -> name + ": " + result.rejection().reason());
  }

  @Test
  void pdfWithGarbageCrossReferencesIsRecovered() {
    // every xref/trailer/startxref keyword overwritten: PDFBox rebuilds the table by scanning, the content is intact
    ParseResult result = parse("garbage-xref.pdf");
    assertFalse(result.isRejected(), () -> String.valueOf(result.rejection()));
    assertEquals("淮安市洪泽区人民政府", result.report().agency());
    assertEquals(2024, result.report().year());
  }

  @Test
  void externalReferencesAreNeverFetched() throws IOException {
    int before = connectionsMade();
    ParseResult result = parse("external-refs.html");
    assertEquals(before, connectionsMade(), "the parser connected to a URL named in the document");
    assertFalse(result.isRejected(), () -> "data-only parse should still read the report: " + result.rejection());
    assertEquals(2023, result.report().year());
    assertFalse(result.report().title() != null && result.report().title().contains("root:"), "file entity expanded");
  }

  @Test
  void theTrapSeesAConnectionMadeBeforeItLooks() throws IOException {
    int before = connectionsMade();
    try (SocketChannel probe = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()))) {
      assertEquals(before + 1, connectionsMade(), "the check must be able to fail");
    }
  }

  @Test
  void everyFileIsAccountedFor() throws IOException {
    int before = connectionsMade();
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.sorted().toList();
    }
    Map<String, String> outcomes = new TreeMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      ParseResult result = parse(name);
      ParseInvariants.check(result);
      outcomes.put(name, result.isRejected() ? "rejected: " + result.rejection().reason() : "report");
    }
    assertEquals(files.size(), outcomes.size());
    assertEquals(before, connectionsMade(), "a document made the parser connect to the network");
    HostileFiles.good().keySet().forEach(name -> assertEquals("report", outcomes.get(name), name));
  }
}
