package org.disclosurelake.parse.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A page image as grey levels, with the operations the OCR reader needs: ink (dark pixels), the skew of the page,
 * rotation, crops. Immutable once built.
 */
final class Raster {

  /** Grey level below which a pixel is ink. Light table shading (blue or grey header cells) stays paper. */
  static final int INK = 170;
  /** Grey level below which a pixel may belong to a ruling line; light blue shading (~214) stays paper. */
  static final int RULING_INK = 205;
  /** Skew searched, in degrees either way, and its step. */
  private static final double MAX_SKEW = 3.0;
  private static final double SKEW_STEP = 0.05;

  private final int width;
  private final int height;
  private final byte[] grey;

  private Raster(int width, int height, byte[] grey) {
    this.width = width;
    this.height = height;
    this.grey = grey;
  }

  static Raster of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] g = new byte[w * h];
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      // the samples themselves: getRGB would pass them through a gamma curve and pale the strokes
      int[] samples = image.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
      for (int i = 0; i < samples.length; i++) {
        g[i] = (byte) samples[i];
      }
      return new Raster(w, h, g);
    }
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int p = row[x];
        int alpha = p >>> 24;
        int r = (p >> 16) & 0xff;
        int gr = (p >> 8) & 0xff;
        int b = p & 0xff;
        int lum = (r * 299 + gr * 587 + b * 114) / 1000;
        // transparent pixels are paper
        g[y * w + x] = (byte) (alpha < 128 ? 255 : lum);
      }
    }
    return new Raster(w, h, g);
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  boolean ink(int x, int y) {
    return (grey[y * width + x] & 0xff) < INK;
  }

  /** Ink for ruling lines: hairlines render grey at 150 dpi, lighter than text strokes. */
  boolean ruling(int x, int y) {
    return (grey[y * width + x] & 0xff) < RULING_INK;
  }

  /**
   * The page's skew in degrees (positive: text lines descend to the right), from the angle at which the ink's rows
   * line up best (the sharpest horizontal projection profile), or 0 when the page is straight.
   */
  double skew() {
    // sample the ink once; the profile of every angle is computed from the sample
    int step = Math.max(1, width / 1200);
    int n = 0;
    int[] xs = new int[1 << 16];
    int[] ys = new int[1 << 16];
    for (int y = 0; y < height; y += step) {
      for (int x = 0; x < width; x += step) {
        if (ink(x, y)) {
          if (n == xs.length) {
            xs = java.util.Arrays.copyOf(xs, n * 2);
            ys = java.util.Arrays.copyOf(ys, n * 2);
          }
          xs[n] = x;
          ys[n++] = y;
        }
      }
    }
    if (n < 100) {
      return 0;
    }
    double best = 0;
    double bestScore = -1;
    long[] profile = new long[height + 2 * width];
    for (double a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += SKEW_STEP) {
      double t = Math.tan(Math.toRadians(a));
      java.util.Arrays.fill(profile, 0);
      for (int i = 0; i < n; i++) {
        int y = (int) Math.round(ys[i] - xs[i] * t) + width;
        profile[y]++;
      }
      double score = 0;
      for (long v : profile) {
        score += (double) v * v;
      }
      if (score > bestScore * (1 + 1e-9)) {
        bestScore = score;
        best = a;
      }
    }
    return Math.abs(best) < SKEW_STEP / 2 ? 0 : best;
  }

  /** The image turned by {@code -degrees} about its centre on white paper, so a page skewed by degrees is straight. */
  static BufferedImage straightened(BufferedImage image, double degrees) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.rotate(Math.toRadians(-degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Number of ink pixels in the box [x0, x1) × [y0, y1), clipped to the page. */
  int inkIn(int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
        count += ink(x, y) ? 1 : 0;
      }
    }
    return count;
  }

  /**
   * The ink of a box as a black-on-white image scaled by {@code scale}, with ruling remnants at its edges and isolated
   * specks removed and a white margin around it, or null when the box holds no ink worth reading.
   */
  BufferedImage cellImage(int x0, int y0, int x1, int y1, double scale, int grow) {
    x0 = Math.max(0, x0);
    y0 = Math.max(0, y0);
    x1 = Math.min(width, x1);
    y1 = Math.min(height, y1);
    int w = x1 - x0;
    int h = y1 - y0;
    if (w < 4 || h < 4) {
      return null;
    }
    boolean[] ink = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        ink[y * w + x] = ink(x0 + x, y0 + y);
      }
    }
    clearLongRuns(ink, w, h);
    int minX = w;
    int minY = h;
    int maxX = -1;
    int maxY = -1;
    int count = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (ink[y * w + x] && neighbours(ink, w, h, x, y) > 0) {
          count++;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    if (count < 6 || maxY - minY < 3) {
      return null;
    }
    // the crop grown by a few pixels for numbers: the pale edges of strokes are below the ink threshold, and a
    // small pale "0" cropped to its ink loses its arcs and reads as nothing
    int inkHeight = maxY - minY + 1;
    minX = Math.max(0, minX - grow);
    minY = Math.max(0, minY - grow);
    maxX = Math.min(w - 1, maxX + grow);
    maxY = Math.min(h - 1, maxY + grow);
    // small print (8 pt digits are 11 pixels high at 150 dpi) is scaled up to the ~40 pixel height tesseract reads best
    scale = Math.min(6, Math.max(scale, 40.0 / inkHeight));
    int pad = 16;
    int ow = (int) Math.ceil((maxX - minX + 1) * scale) + 2 * pad;
    int oh = (int) Math.ceil((maxY - minY + 1) * scale) + 2 * pad;
    BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, ow, oh);
      BufferedImage src = new BufferedImage(maxX - minX + 1, maxY - minY + 1, BufferedImage.TYPE_BYTE_GRAY);
      for (int y = minY; y <= maxY; y++) {
        for (int x = minX; x <= maxX; x++) {
          // keep the grey edges of strokes (tesseract reads anti-aliased glyphs better than thresholded ones);
          // whiten ruling remnants and isolated specks
          boolean wasInk = ink(x0 + x, y0 + y);
          boolean drop = wasInk && (!ink[y * w + x] || neighbours(ink, w, h, x, y) == 0);
          int v = drop ? 255 : grey[(y0 + y) * width + x0 + x] & 0xff;
          src.getRaster().setSample(x - minX, y - minY, 0, v);
        }
      }
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.drawImage(src, pad, pad, ow - 2 * pad, oh - 2 * pad, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /**
   * The image with its dark strokes thickened by {@code radius} pixels (a grey-level minimum filter), for a last
   * reading of cells whose thin, pale strokes (a small "0" of a light scan) no model read.
   */
  static BufferedImage bolder(BufferedImage image, int radius) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] in = image.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
    int[] across = new int[in.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int m = 255;
        for (int d = Math.max(0, x - radius); d <= Math.min(w - 1, x + radius); d++) {
          m = Math.min(m, in[y * w + d]);
        }
        across[y * w + x] = m;
      }
    }
    int[] out = new int[in.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int m = 255;
        for (int d = Math.max(0, y - radius); d <= Math.min(h - 1, y + radius); d++) {
          m = Math.min(m, across[d * w + x]);
        }
        out[y * w + x] = m;
      }
    }
    BufferedImage result = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    result.getRaster().setSamples(0, 0, w, h, 0, out);
    return result;
  }

  /**
   * The number of glyphs in a cell image cropped to its ink (see {@link #cellImage}): the runs of columns holding dark
   * ink, or -1 when a run is too wide to be one digit (touching glyphs) and the count would be too low.
   */
  static int glyphs(BufferedImage image) {
    ColumnInk ink = ColumnInk.of(image);
    int runs = 0;
    int widest = 0;
    for (int x = 0; x < ink.width(); x++) {
      if (ink.inked(x) && (x == 0 || !ink.inked(x - 1))) {
        runs++;
        int end = x;
        while (end < ink.width() && ink.inked(end)) {
          end++;
        }
        widest = Math.max(widest, end - x);
      }
    }
    // a digit is at most about two thirds as wide as it is high; two touching digits are wider than high
    return runs == 0 || widest > 0.8 * ink.height() ? -1 : runs;
  }

  /**
   * Whether a cell image cropped to its ink starts with a minus sign: a first glyph that is a flat stroke (at most a
   * third of the ink's height, half again as wide as it is thick) across its middle, with more glyphs after it. A
   * reading's leading "-" is believed only then: a speck or ruling remnant read as "-" would be a silent wrong sign.
   */
  static boolean leadingDash(BufferedImage image) {
    ColumnInk ink = ColumnInk.of(image);
    int w = ink.width();
    int x = 0;
    while (x < w && !ink.inked(x)) {
      x++;
    }
    int start = x;
    int dashTop = Integer.MAX_VALUE;
    int dashBottom = -1;
    while (x < w && ink.inked(x)) {
      dashTop = Math.min(dashTop, ink.tops()[x]);
      dashBottom = Math.max(dashBottom, ink.bottoms()[x]);
      x++;
    }
    boolean more = false;
    for (int rest = x; rest < w; rest++) {
      more |= ink.inked(rest);
    }
    int height = ink.height();
    int thick = dashBottom - dashTop + 1;
    double middle = (dashTop + dashBottom) / 2.0;
    return more && dashBottom >= 0 && thick <= height / 3.0 && x - start >= 1.5 * thick
        && middle > ink.top() + height / 4.0 && middle < ink.bottom() - height / 4.0;
  }

  /**
   * Where a cell image holds dark ink, column by column: the first and last inked row of each column (bottom -1 for
   * a column without ink), and of the whole image.
   */
  private record ColumnInk(int[] tops, int[] bottoms, int top, int bottom) {

    static ColumnInk of(BufferedImage image) {
      int w = image.getWidth();
      int h = image.getHeight();
      int[] v = image.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
      int[] tops = new int[w];
      int[] bottoms = new int[w];
      int top = h;
      int bottom = -1;
      for (int x = 0; x < w; x++) {
        tops[x] = h;
        bottoms[x] = -1;
        for (int y = 0; y < h; y++) {
          if (v[y * w + x] < GLYPH_INK) {
            tops[x] = Math.min(tops[x], y);
            bottoms[x] = y;
          }
        }
        top = Math.min(top, tops[x]);
        bottom = Math.max(bottom, bottoms[x]);
      }
      return new ColumnInk(tops, bottoms, top, bottom);
    }

    int width() {
      return tops.length;
    }

    boolean inked(int x) {
      return bottoms[x] >= 0;
    }

    /** Rows from the first inked to the last (0 or less for an image without ink). */
    int height() {
      return bottom - top + 1;
    }
  }

  /** The grey level below which a pixel of a cell image counts as a glyph's ink rather than its pale edge. */
  private static final int GLYPH_INK = 128;

  /** The image scaled by {@code factor} (bicubic), for a second reading. */
  static BufferedImage scaled(BufferedImage image, double factor) {
    int w = (int) Math.round(image.getWidth() * factor);
    int h = (int) Math.round(image.getHeight() * factor);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.drawImage(image, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Clears runs of ink spanning most of the box's width or height: pieces of the cell's rulings, not text. */
  private static void clearLongRuns(boolean[] ink, int w, int h) {
    boolean[] clear = new boolean[ink.length];
    for (int y = 0; y < h; y++) {
      int run = 0;
      for (int x = 0; x <= w; x++) {
        if (x < w && ink[y * w + x]) {
          run++;
        } else {
          if (run >= w * 0.6) {
            for (int k = x - run; k < x; k++) {
              clear[y * w + k] = true;
            }
          }
          run = 0;
        }
      }
    }
    for (int x = 0; x < w; x++) {
      int run = 0;
      for (int y = 0; y <= h; y++) {
        if (y < h && ink[y * w + x]) {
          run++;
        } else {
          if (run >= h * 0.8) {
            for (int k = y - run; k < y; k++) {
              clear[k * w + x] = true;
            }
          }
          run = 0;
        }
      }
    }
    for (int i = 0; i < ink.length; i++) {
      ink[i] &= !clear[i];
    }
  }

  private static int neighbours(boolean[] ink, int w, int h, int x, int y) {
    int n = 0;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int xx = x + dx;
        int yy = y + dy;
        if ((dx != 0 || dy != 0) && xx >= 0 && yy >= 0 && xx < w && yy < h && ink[yy * w + xx]) {
          n++;
        }
      }
    }
    return n;
  }

  /** This page with the boxes painted white (tables removed before the prose is read). */
  BufferedImage without(java.util.List<int[]> boxes) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    out.getRaster().setDataElements(0, 0, width, height, grey.clone());
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      for (int[] b : boxes) {
        g.fillRect(b[0], b[1], b[2] - b[0], b[3] - b[1]);
      }
    } finally {
      g.dispose();
    }
    return out;
  }
}
