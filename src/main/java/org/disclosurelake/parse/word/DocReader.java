package org.disclosurelake.parse.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.disclosurelake.parse.Body;
import org.disclosurelake.parse.FormReader;
import org.disclosurelake.parse.Limits;
import org.disclosurelake.parse.RejectedDocumentException;
import org.disclosurelake.report.Form;

/**
 * Reads legacy Word 97–2003 reports through POI HWPF: paragraphs as lines, tables as pipe rows with merged-cell
 * continuations left out. Field instructions are dropped and their results kept.
 */
public final class DocReader implements FormReader {

  private final int maxParagraphs;

  /** A reader within the {@link Limits#DEFAULTS default limits}. */
  public DocReader() {
    this(Limits.DEFAULTS);
  }

  /** A reader of at most {@link Limits#maxDocParagraphs()} paragraphs a document, so a huge file stays bounded. */
  public DocReader(Limits limits) {
    this.maxParagraphs = limits.maxDocParagraphs();
  }

  @Override
  public Body read(byte[] bytes, String source) throws RejectedDocumentException {
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
      Range range = doc.getRange();
      List<String> lines = new ArrayList<>();
      int n = Math.min(range.numParagraphs(), maxParagraphs);
      for (int i = 0; i < n; ) {
        Paragraph p = range.getParagraph(i);
        if (p.isInTable()) {
          Table t = range.getTable(p);
          addTable(t, lines);
          i += Math.max(1, t.numParagraphs());
        } else {
          lines.addAll(WordText.lines(clean(p.text())));
          i++;
        }
      }
      String title = doc.getSummaryInformation() == null ? null : doc.getSummaryInformation().getTitle();
      return new Body(Form.DOC, null, lines, WordText.title(title), null, List.of());
    } catch (EncryptedDocumentException e) {
      throw new RejectedDocumentException("encrypted DOC: " + e.getMessage(), "doc");
    } catch (IOException | RuntimeException e) {
      throw WordText.brokenOrBug("DOC", e);
    }
  }

  private static void addTable(Table t, List<String> lines) {
    for (int r = 0; r < t.numRows(); r++) {
      TableRow row = t.getRow(r);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        boolean continued = (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged())
            || (cell.isMerged() && !cell.isFirstMerged());
        if (!continued) {
          List<String> paragraphs = new ArrayList<>();
          for (int k = 0; k < cell.numParagraphs(); k++) {
            paragraphs.add(clean(cell.getParagraph(k).text()));
          }
          cells.add(WordText.cell(paragraphs));
        }
      }
      String line = WordText.row(cells);
      if (line != null) {
        lines.add(line);
      }
    }
  }

  /** Drops field instructions (between 0x13 and 0x14), cell marks and other control characters. */
  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0013') {
        depth++;
      } else if (c == '\u0014' || c == '\u0015') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        if (c == '\r' || c == '\u000B') {
          out.append('\n');
        } else if (c >= ' ' || c == '\t' || c == '\n') {
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
