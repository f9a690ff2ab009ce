package org.disclosurelake.parse.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The out-of-sample OCR check (BENCHMARKS.md, "generated scans"): every generated PDF under {@code SRC} (output of
 * {@code disclosure-lake generate}) rendered by pdftoppm (grey, {@code DPI}) and written to {@code OUT} as an
 * image-only PDF with its {@code .expected} file beside it, for {@code disclosure-lake accuracy OUT}.
 *
 * <p>Usage: {@code GeneratedScans SRC OUT DPI}
 */
public final class GeneratedScans {

  private GeneratedScans() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path src = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    String dpi = args[2];
    List<Path> pdfs;
    try (Stream<Path> s = Files.walk(src)) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    Path renders = Files.createTempDirectory("generated-scans");
    for (Path pdf : pdfs) {
      String stem = pdf.getFileName().toString().replaceAll("\\.pdf$", "");
      Process p = new ProcessBuilder("pdftoppm", "-r", dpi, "-gray", "-png", pdf.toString(),
          renders.resolve(stem).toString()).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IOException("pdftoppm failed on " + pdf);
      }
      Path scan = out.resolve(pdf.getFileName());
      Files.write(scan, Scans.imageOnlyPdf(ScanBenchmark.pages(renders, stem), -1));
      Files.copy(Path.of(pdf + ".expected"), Path.of(scan + ".expected"), StandardCopyOption.REPLACE_EXISTING);
      System.out.println(scan);
    }
  }
}
