package org.disclosurelake.parse.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Builds the OCR benchmark's folders (bin/ocr-benchmark): from page renders made by pdftoppm
 * ({@code RENDERS/<name>-<page>.png}), an image-only PDF of each report, and a scanned-looking variant (turned by
 * 0.4–0.8°, salt-and-pepper noise, grey paper, JPEG at quality 0.6 inside the PDF), each folder with a labels.csv of
 * the same rows under the new file names, for /work/shared/tools/score-labels.
 *
 * <p>Usage: {@code ScanBenchmark RENDERS LABELS_CSV OUT_DIR}
 */
public final class ScanBenchmark {

  private ScanBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path renders = Path.of(args[0]);
    List<String> labels = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    Path out = Path.of(args[2]);
    Path clean = Files.createDirectories(out.resolve("image-only"));
    Path scanned = Files.createDirectories(out.resolve("scanned"));
    List<String> cleanRows = new ArrayList<>(List.of(labels.get(0)));
    List<String> scannedRows = new ArrayList<>(List.of(labels.get(0)));
    for (String row : labels.subList(1, labels.size())) {
      String file = row.substring(0, row.indexOf(','));
      if (!file.endsWith(".pdf")) {
        continue;
      }
      String stem = file.substring(0, file.length() - 4);
      List<BufferedImage> pages = pages(renders, stem);
      if (pages.isEmpty()) {
        continue;
      }
      Files.write(clean.resolve(file), Scans.imageOnlyPdf(pages, -1));
      cleanRows.add(row);
      List<BufferedImage> looks = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        looks.add(Scans.scanned(pages.get(i), i % 2 == 0 ? 0.8 : -0.4, 0.003, i));
      }
      Files.write(scanned.resolve(file), Scans.imageOnlyPdf(looks, 0.6f));
      scannedRows.add(row);
      System.out.println(file + ": " + pages.size() + " pages");
    }
    Files.write(clean.resolve("labels.csv"), cleanRows, StandardCharsets.UTF_8);
    Files.write(scanned.resolve("labels.csv"), scannedRows, StandardCharsets.UTF_8);
  }

  /** The renders of one report, {@code RENDERS/<stem>-<page>.png} in page order, as grey images. */
  static List<BufferedImage> pages(Path renders, String stem) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(renders)) {
      files = s.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(stem) + "-\\d+\\.png"))
          .sorted()
          .toList();
    }
    List<BufferedImage> out = new ArrayList<>();
    for (Path f : files) {
      BufferedImage png = ImageIO.read(f.toFile());
      // the render's grey levels as they are: drawImage into a grey image would convert through a linear grey
      // colour space and pale every stroke (the benchmark then measured a lighter scan than pdftoppm made)
      BufferedImage grey = new BufferedImage(png.getWidth(), png.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      for (int y = 0; y < png.getHeight(); y++) {
        for (int x = 0; x < png.getWidth(); x++) {
          int rgb = png.getRGB(x, y);
          int lum = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
          grey.getRaster().setSample(x, y, 0, lum);
        }
      }
      out.add(grey);
    }
    return out;
  }
}
