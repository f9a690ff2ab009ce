package org.disclosurelake.parse.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The {@code tesseract} command (Debian's tesseract-ocr 5 with chi_sim), called as a process on batches of images:
 * one process per batch, TSV output with per-word confidences, a time limit per call, temporary files removed.
 */
public final class Tesseract {

  /** The command used unless {@code -Ddisclosurelake.tesseract=PATH} names another. */
  public static final String DEFAULT_COMMAND = "tesseract";

  private static final String[] NEEDED_LANGUAGES = {"chi_sim", "eng"};

  /** How a batch of images is read. */
  public enum Mode {
    /** A table cell of Chinese text, possibly wrapped over a few lines. */
    LABEL("chi_sim", "6", null),
    /** A cell the block mode read nothing in, once more as one line of Chinese (block mode drops whole lines). */
    LABEL_LINE("chi_sim", "7", null),
    /** A table cell holding one number: one word, digits only (single-line mode often returns nothing for "0"). */
    NUMBER("eng", "8", "0123456789.-"),
    /**
     * A number cell read a second time as one text line, digits only: the line mode keeps leading digits the word
     * mode drops now and then (454 read as 14), and drops others (53 read as 3), so it is a second opinion.
     */
    LINE("eng", "7", "0123456789.-"),
    /** A cell the word mode read nothing in: one character, digits only (a lone small "0"). */
    DIGIT("eng", "10", "0123456789"),
    /** A page of prose with automatic layout analysis. */
    PAGE("chi_sim", "3", null);

    private final String language;
    private final String psm;
    private final String whitelist;

    Mode(String language, String psm, String whitelist) {
      this.language = language;
      this.psm = psm;
      this.whitelist = whitelist;
    }
  }

  /**
   * One word as tesseract read it.
   *
   * @param image index of the image in the batch
   * @param line a line number unique within the image (block, paragraph and line combined)
   * @param paragraph a paragraph number unique within the image
   * @param text the word
   * @param confidence tesseract's confidence, 0–100
   * @param left left edge in pixels
   * @param top top edge
   * @param width width
   * @param height height
   */
  public record Word(
      int image, int line, int paragraph, String text, double confidence, int left, int top, int width, int height) {}

  private final String command;
  private final Duration timeLimitPerPage;
  private volatile Optional<String> missing;

  /** The command from {@code -Ddisclosurelake.tesseract}, else {@value #DEFAULT_COMMAND}. */
  public static Tesseract fromEnvironment() {
    return new Tesseract(System.getProperty("disclosurelake.tesseract", DEFAULT_COMMAND), Duration.ofSeconds(60));
  }

  public Tesseract(String command, Duration timeLimitPerPage) {
    this.command = Objects.requireNonNull(command, "command");
    this.timeLimitPerPage = Objects.requireNonNull(timeLimitPerPage, "timeLimitPerPage");
  }

  /**
   * Why OCR cannot run here (command missing, language data missing), or empty when it can. Checked once per
   * instance by running {@code tesseract --list-langs}.
   */
  public Optional<String> unavailable() {
    Optional<String> m = missing;
    if (m == null) {
      m = probe();
      missing = m;
    }
    return m;
  }

  private Optional<String> probe() {
    try {
      Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return Optional.of("'" + command + " --list-langs' failed: " + out.strip());
      }
      for (String lang : NEEDED_LANGUAGES) {
        if (out.lines().noneMatch(l -> l.strip().equals(lang))) {
          return Optional.of(
              "tesseract has no '" + lang + "' language data (install tesseract-ocr-chi-sim)");
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          "the tesseract command ('" + command + "') is not installed (install tesseract-ocr and "
              + "tesseract-ocr-chi-sim)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while checking for tesseract");
    }
  }

  /**
   * Reads a batch of images in one tesseract process.
   *
   * @return the words of all images, in tesseract's reading order, tagged with their image's index
   * @throws OcrException when tesseract fails or outlives its time limit
   */
  public List<Word> read(List<BufferedImage> images, Mode mode) throws OcrException {
    if (images.isEmpty()) {
      return List.of();
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("disclosurelake-ocr");
      List<String> names = new ArrayList<>(images.size());
      for (int i = 0; i < images.size(); i++) {
        Path file = dir.resolve(String.format(Locale.ROOT, "%05d.png", i));
        ImageIO.write(images.get(i), "png", file.toFile());
        names.add(file.toString());
      }
      Path list = dir.resolve("images.txt");
      Files.write(list, names, StandardCharsets.UTF_8);
      List<String> cmd = new ArrayList<>(List.of(command, list.toString(), dir.resolve("out").toString(), "-l",
          mode.language, "--psm", mode.psm, "-c", "tessedit_create_tsv=1", "-c", "tessedit_create_txt=0"));
      if (mode.whitelist != null) {
        cmd.addAll(List.of("-c", "tessedit_char_whitelist=" + mode.whitelist));
      }
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.redirectOutput(dir.resolve("log.txt").toFile());
      // one thread per process: executors run one parse per core already, and OpenMP threads only contend
      pb.environment().put("OMP_THREAD_LIMIT", "1");
      Process p = pb.start();
      long limit = timeLimit(mode, images.size());
      try {
        if (!p.waitFor(limit, TimeUnit.MILLISECONDS)) {
          throw new OcrException("OCR time limit exceeded: tesseract ran over " + limit / 1000 + " s on "
              + images.size() + " image(s)");
        }
      } finally {
        p.destroyForcibly();
      }
      Path tsv = dir.resolve("out.tsv");
      if (p.exitValue() != 0 || !Files.exists(tsv)) {
        String log = Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8).strip();
        throw new OcrException("tesseract failed (exit " + p.exitValue() + "): " + last(log, 300));
      }
      return TsvWords.parse(Files.readAllLines(tsv, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OcrException("Cannot run tesseract: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrException("OCR interrupted", e);
    } finally {
      delete(dir);
    }
  }

  /** A page may take the whole per-page limit; a small cell image a fortieth of it, after a page's worth of start-up. */
  private long timeLimit(Mode mode, int images) {
    long page = timeLimitPerPage.toMillis();
    return mode == Mode.PAGE ? page * images : page + page * images / 40;
  }

  private static String last(String s, int n) {
    return s.length() <= n ? s : "…" + s.substring(s.length() - n);
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete OCR temporary folder " + dir, e);
    }
  }
}
