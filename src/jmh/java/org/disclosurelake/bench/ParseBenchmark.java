package org.disclosurelake.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.disclosurelake.generate.CorpusGenerator;
import org.disclosurelake.parse.ReportParser;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Documents per second of {@link ReportParser#parse} per input, next to the floor for the same bytes: for HTML,
 * {@code Jsoup.parse} alone; for text, decoding (UTF-8 or GB18030, as the file is) and splitting into lines; for
 * PDF, PDFBox text extraction alone. Inputs are the real fixtures under {@code src/test/resources/reports} (run from
 * the project folder, or set {@code -Dbench.reports=DIR}) and generated documents of about 100 KB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
public class ParseBenchmark {

  /** form:source — a fixture path under the reports folder, or gen:FORM:YEAR for a generated 100 KB document. */
  @Param({
    "html:real/shuyang_fagaiju_2023.html",
    "html:real/pingtan_zonghe_shiyanqu_2022.html",
    "html:gen:html:2022",
    "pipe:seeds/000_3d44559d993b5fb4.txt",
    "pipe:seeds/001_752a671dabfd990e.txt",
    "pipe:gen:pipe:2021",
    "glued:real/pingtan_zonghe_shiyanqu_2023.txt",
    "glued:seeds/002_4a4f3564ba85f8ba.txt",
    "glued:gen:glued:2023",
    "narrative:seeds/004_e8c90e1f83533eb4.txt",
    "narrative:real/pingtan_zonghe_shiyanqu_2018.txt",
    "narrative:gen:narrative:2016",
    "pdf:real/淮安市洪泽区人民政府_2024.pdf",
    "pdf:gen:pdf:2021"
  })
  public String input;

  private byte[] bytes;
  private String form;
  private Charset charset;
  private final ReportParser parser = new ReportParser();

  @Setup
  public void load() throws IOException {
    int colon = input.indexOf(':');
    form = input.substring(0, colon);
    String source = input.substring(colon + 1);
    if (source.startsWith("gen:")) {
      String[] g = source.split(":");
      bytes = new CorpusGenerator(1, 0).sample(20_240_101L, g[1], Integer.parseInt(g[2]), 100_000).bytes();
    } else {
      bytes = Files.readAllBytes(Path.of(System.getProperty("bench.reports", "src/test/resources/reports"), source));
    }
    charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
    if (parser.parse(bytes, source).isRejected()) {
      throw new IllegalStateException("Cannot benchmark " + input + ": the parser rejects it");
    }
  }

  @Benchmark
  public Object parse() {
    return parser.parse(bytes, input);
  }

  @Benchmark
  public Object floor() throws IOException {
    switch (form) {
      case "html":
        return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
      case "pdf":
        try (PDDocument d = Loader.loadPDF(bytes)) {
          return new PDFTextStripper().getText(d);
        }
      default:
        List<String> lines = new String(bytes, charset).lines().toList();
        return lines;
    }
  }

  private static boolean isUtf8(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
