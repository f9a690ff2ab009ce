package org.disclosurelake.parse.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the horizontal and vertical ruling lines a page strokes (or fills as thin rectangles), and counts the
 * images it draws. Clipping paths are ignored.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

  /** Cap on segments per page, so a vector drawing cannot make the table finder quadratic. */
  private static final int MAX_SEGMENTS = 20_000;
  /** A filled rectangle thinner than this is a line. */
  private static final float THIN = 3f;

  private final List<float[]> pathLines = new ArrayList<>();
  private final List<float[]> pathRects = new ArrayList<>();
  private final List<Segment> segments = new ArrayList<>();
  private final float originX;
  private final float top;
  private Point2D.Float current = new Point2D.Float();
  private Point2D.Float subpathStart = new Point2D.Float();
  private int images;

  RulingCollector(PDPage page) {
    super(page);
    PDRectangle crop = page.getCropBox();
    this.originX = crop.getLowerLeftX();
    this.top = crop.getUpperRightY();
  }

  /** Processes the page and returns its segments in top-left page space. */
  List<Segment> collect() throws IOException {
    processPage(getPage());
    return segments;
  }

  int images() {
    return images;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    pathRects.add(new float[] {(float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY()});
    current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    subpathStart = current;
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
  }

  @Override
  public void clip(int windingRule) {
    // a clip is not a visible line
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    subpathStart = current;
  }

  @Override
  public void lineTo(float x, float y) {
    pathLines.add(new float[] {current.x, current.y, x, y});
    current = new Point2D.Float(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    lineTo(subpathStart.x, subpathStart.y);
  }

  @Override
  public void endPath() {
    pathLines.clear();
    pathRects.clear();
  }

  @Override
  public void strokePath() {
    for (float[] l : pathLines) {
      add(l[0], l[1], l[2], l[3]);
    }
    for (float[] r : pathRects) {
      add(r[0], r[1], r[2], r[1]);
      add(r[0], r[3], r[2], r[3]);
      add(r[0], r[1], r[0], r[3]);
      add(r[2], r[1], r[2], r[3]);
    }
    endPath();
  }

  @Override
  public void fillPath(int windingRule) {
    for (float[] r : pathRects) {
      float w = Math.abs(r[2] - r[0]);
      float h = Math.abs(r[3] - r[1]);
      if (h <= THIN && w > h) {
        float y = (r[1] + r[3]) / 2;
        add(r[0], y, r[2], y);
      } else if (w <= THIN && h > w) {
        float x = (r[0] + r[2]) / 2;
        add(x, r[1], x, r[3]);
      } else if (holdsFrameHole(r)) {
        // a rectangle minus a slightly smaller one, filled even-odd: a cell border drawn as a frame
        add(r[0], r[1], r[2], r[1]);
        add(r[0], r[3], r[2], r[3]);
        add(r[0], r[1], r[0], r[3]);
        add(r[2], r[1], r[2], r[3]);
      }
    }
    endPath();
  }

  /** Whether another rectangle of the current path lies inside {@code outer} with margins no wider than a line. */
  private boolean holdsFrameHole(float[] outer) {
    float ox0 = Math.min(outer[0], outer[2]);
    float ox1 = Math.max(outer[0], outer[2]);
    float oy0 = Math.min(outer[1], outer[3]);
    float oy1 = Math.max(outer[1], outer[3]);
    for (float[] in : pathRects) {
      if (in == outer) {
        continue;
      }
      float ix0 = Math.min(in[0], in[2]);
      float ix1 = Math.max(in[0], in[2]);
      float iy0 = Math.min(in[1], in[3]);
      float iy1 = Math.max(in[1], in[3]);
      float[] margins = {ix0 - ox0, ox1 - ix1, iy0 - oy0, oy1 - iy1};
      boolean frame = true;
      for (float m : margins) {
        frame &= m >= -0.01f && m <= THIN;
      }
      if (frame) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // shadings are backgrounds, not rulings
  }

  private void add(float x1, float y1, float x2, float y2) {
    if (segments.size() >= MAX_SEGMENTS) {
      return;
    }
    float ax = x1 - originX;
    float bx = x2 - originX;
    float ay = top - y1;
    float by = top - y2;
    if (Math.abs(ay - by) < 1f && Math.abs(ax - bx) > 2f) {
      segments.add(new Segment(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
    } else if (Math.abs(ax - bx) < 1f && Math.abs(ay - by) > 2f) {
      segments.add(new Segment(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
    }
  }
}
