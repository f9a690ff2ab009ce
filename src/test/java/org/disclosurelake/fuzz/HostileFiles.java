package org.disclosurelake.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a mixed input folder: real reports (also re-encoded), and files that must each end as one rejection:
 * empty, binary, images, archives, broken PDFs, non-reports and pathological sizes and nesting.
 */
public final class HostileFiles {

  static final String REAL = "/reports/real/";
  static final String PDF = "淮安市洪泽区人民政府_2024.pdf";

  private HostileFiles() {}

  /** Good files: name → bytes. */
  static Map<String, byte[]> good() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("pingtan_2022.txt", fixture("pingtan_zonghe_shiyanqu_2022.txt"));
    out.put("shuyang_2023.html", fixture("shuyang_fagaiju_2023.html"));
    out.put("hongze_2024.pdf", fixture(PDF));
    out.put("pingtan_2023_gbk.txt", reencode("pingtan_zonghe_shiyanqu_2023.txt", Charset.forName("GBK"), new byte[0]));
    out.put("pingtan_2020_utf16.txt",
        reencode("pingtan_zonghe_shiyanqu_2020.txt", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}));
    out.put("pingtan_2018_badbytes.txt", withInvalidUtf8(fixture("pingtan_zonghe_shiyanqu_2018.txt")));
    return out;
  }

  /** Hostile files: name → bytes. {@code port} is a loopback port that must never see a connection. */
  public static Map<String, byte[]> hostile(int port) {
    Random random = new Random(7);
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("empty.txt", new byte[0]);
    out.put("random.bin", randomBytes(random, 64 << 10));
    out.put("photo.png", withHeader(random, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'));
    out.put("photo.jpg", withHeader(random, 0xFF, 0xD8, 0xFF, 0xE0));
    out.put("anim.gif", withHeader(random, 'G', 'I', 'F', '8', '9', 'a'));
    out.put("reports.zip", zip("report.txt", fixture("pingtan_zonghe_shiyanqu_2022.txt")));
    out.put("report.txt.gz", gzip(fixture("pingtan_zonghe_shiyanqu_2022.txt")));
    out.put("report.docx", zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
    out.put("report.doc", withHeader(random, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));
    out.put("truncated.pdf", Arrays.copyOf(fixture(PDF), 1024));
    out.put("garbage-xref.pdf", garbageXref(fixture(PDF)));
    out.put("high-bytes.txt", highBytes(random, 32 << 10));
    out.put("ordinary-page.html", utf8(ordinaryPage()));
    out.put("digits.txt", utf8("1234567890".repeat(100_000 + 4_858)));
    out.put("nested-tables.html", utf8("<table><tr><td>".repeat(20_000) + "本年新收 1" + "</td></tr></table>".repeat(20_000)));
    out.put("big-page.html", utf8(bigPage()));
    out.put("external-refs.html", utf8(externalRefs(port)));
    out.put("oversize.txt", new byte[9 << 20]);
    return out;
  }

  static void writeAll(Path dir, Map<String, byte[]> files) {
    files.forEach((name, bytes) -> {
      try {
        Files.write(dir.resolve(name), bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write " + name, e);
      }
    });
  }

  public static byte[] fixture(String name) {
    return PdfMutations.load(REAL + name);
  }

  private static byte[] reencode(String name, Charset charset, byte[] bom) {
    byte[] body = new String(fixture(name), StandardCharsets.UTF_8).getBytes(charset);
    byte[] out = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  /** A stray continuation byte, a truncated sequence and an 0xFF, each in the middle of a line. */
  private static byte[] withInvalidUtf8(byte[] text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int third = text.length / 3;
    for (int i = 0; i < text.length; i++) {
      boolean lineStart = i > 0 && text[i - 1] == '\n';
      if (lineStart && (i > third && i < third + 200 || i > 2 * third && i < 2 * third + 200)) {
        out.writeBytes(new byte[] {(byte) 0x80, (byte) 0xE5, (byte) 0x85, ' ', (byte) 0xFF});
      }
      out.write(text[i]);
    }
    return out.toByteArray();
  }

  private static byte[] withHeader(Random random, int... header) {
    byte[] out = randomBytes(random, 4096);
    for (int i = 0; i < header.length; i++) {
      out[i] = (byte) header[i];
    }
    return out;
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] out = new byte[n];
    random.nextBytes(out);
    return out;
  }

  /** Bytes 0x80–0xFF only: no NUL, no control characters, valid in no multi-byte encoding as text. */
  private static byte[] highBytes(Random random, int n) {
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) (0x80 + random.nextInt(0x80));
    }
    return out;
  }

  /** The PDF with every cross-reference keyword and offset digit after {@code startxref} turned to garbage. */
  private static byte[] garbageXref(byte[] pdf) {
    byte[] out = pdf.clone();
    String latin = new String(pdf, StandardCharsets.ISO_8859_1);
    for (String keyword : new String[] {"startxref", "xref", "trailer"}) {
      for (int i = latin.indexOf(keyword); i >= 0; i = latin.indexOf(keyword, i + 1)) {
        for (int j = i; j < Math.min(out.length, i + keyword.length() + 24); j++) {
          out[j] = (byte) ('#' + (j % 7));
        }
      }
    }
    return out;
  }

  private static byte[] zip(String entry, byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] gzip(byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String ordinaryPage() {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>平潭综合实验区 - 今日天气与交通</title></head><body>"
        + "<div class=nav><a href=/>首页</a> <a href=/news>新闻</a> <a href=/about>关于我们</a></div>"
        + "<h1>今日天气</h1><p>2023年5月6日，多云转晴，气温18至26摄氏度，东南风3级。</p>"
        + "<p>受台风外围影响，部分航班调整，请旅客留意航空公司通知。</p>"
        + "<table><tr><td>线路</td><td>班次</td></tr><tr><td>1路</td><td>12</td></tr></table>"
        + "<div class=footer>版权所有 © 2023 平潭综合实验区管理委员会</div></body></html>";
  }

  private static String bigPage() {
    StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>资讯</title></head><body>");
    String block = "<div class=item><a href=\"/news/%d.html\">第%d条新闻：城市建设稳步推进，市民生活持续改善</a>"
        + "<span>2023-05-%02d</span><p>本市今日召开会议，部署下一阶段重点工作。</p></div>\n";
    for (int i = 0; out.length() < 1_850_000; i++) { // about 3 MB in UTF-8
      out.append(String.format(block, i, i, i % 28 + 1));
    }
    return out.append("</body></html>").toString();
  }

  /** A real report's text wrapped in markup that would fetch from {@code port} if anything resolved it. */
  private static String externalRefs(int port) {
    String url = "http://127.0.0.1:" + port;
    String report = new String(fixture("pingtan_zonghe_shiyanqu_2023.txt"), StandardCharsets.UTF_8)
        .replace("&", "&amp;").replace("<", "&lt;");
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + url + "/xxe\">"
        + "<!ENTITY file SYSTEM \"file:///etc/passwd\">]>\n"
        + "<html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"" + url + "/style.css\">"
        + "<script src=\"" + url + "/app.js\"></script><base href=\"" + url + "/\"></head><body>"
        + "<img src=\"" + url + "/logo.png\"><iframe src=\"" + url + "/frame\"></iframe>"
        + "<object data=\"" + url + "/o\"></object><p>&xxe;&file;</p><pre>" + report + "</pre>"
        + "<img src=\"file:///etc/passwd\"></body></html>";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
