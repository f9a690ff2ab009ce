package org.disclosurelake.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclosurelake.parse.BudgetedParser;
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

  private static ServerSocket trap;
  private static final AtomicInteger CONNECTIONS = new AtomicInteger();
  private static final BudgetedParser PARSER = new BudgetedParser(8 << 20, Duration.ofMinutes(2));

  @BeforeAll
  static void writeFolder() throws IOException {
    trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(HostileFilesTest::countConnections, "network-trap");
    acceptor.setDaemon(true);
    acceptor.start();
    HostileFiles.writeAll(dir, HostileFiles.good());
    HostileFiles.writeAll(dir, HostileFiles.hostile(trap.getLocalPort()));
  }

  @AfterAll
  static void closeTrap() throws IOException {
    trap.close();
  }

  private static void countConnections() {
    while (!trap.isClosed()) {
      try (Socket socket = trap.accept()) {
        CONNECTIONS.incrementAndGet();
      } catch (IOException e) {
        return; // closed
      }
    }
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
  void externalReferencesAreNeverFetched() throws InterruptedException {
    ParseResult result = parse("external-refs.html");
    Thread.sleep(200); // a connection made during the parse would be accepted by now
    assertEquals(0, CONNECTIONS.get(), "the parser connected to a URL named in the document");
    assertFalse(result.isRejected(), () -> "data-only parse should still read the report: " + result.rejection());
    assertEquals(2023, result.report().year());
    assertFalse(result.report().title() != null && result.report().title().contains("root:"), "file entity expanded");
  }

  @Test
  void everyFileIsAccountedFor() throws IOException {
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
    HostileFiles.good().keySet().forEach(name -> assertEquals("report", outcomes.get(name), name));
  }
}
