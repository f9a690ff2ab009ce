package org.disclosurelake.parse.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurelake.parse.Body;
import org.disclosurelake.parse.FormReader;
import org.disclosurelake.parse.RejectedDocumentException;
import org.disclosurelake.report.Form;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads Word 2007+ reports through POI XWPF: paragraphs as lines, tables as pipe rows where a gridSpan cell is one
 * cell and a vMerge continuation is left out, like a rowspan.
 */
public final class DocxReader implements FormReader {

  @Override
  public Body read(byte[] bytes, String source) throws RejectedDocumentException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> lines = new ArrayList<>();
      for (IBodyElement e : doc.getBodyElements()) {
        add(e, lines);
      }
      String title = doc.getProperties() == null ? null : doc.getProperties().getCoreProperties().getTitle();
      return new Body(Form.DOCX, null, lines, WordText.title(title), null, List.of());
    } catch (EncryptedDocumentException e) {
      throw new RejectedDocumentException("encrypted DOCX: " + e.getMessage(), "docx");
    } catch (IOException | RuntimeException e) {
      throw WordText.brokenOrBug("DOCX", e);
    }
  }

  private static void add(IBodyElement e, List<String> lines) {
    if (e instanceof XWPFParagraph p) {
      lines.addAll(WordText.lines(p.getText()));
    } else if (e instanceof XWPFTable t) {
      for (XWPFTableRow row : t.getRows()) {
        String line = WordText.row(cells(row));
        if (line != null) {
          lines.add(line);
        }
      }
    } else if (e instanceof XWPFSDT sdt) {
      lines.addAll(WordText.lines(sdt.getContent().getText()));
    }
  }

  /** The cells that start in this row: vertical-merge continuations are left out. */
  private static List<String> cells(XWPFTableRow row) {
    List<String> out = new ArrayList<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr pr = cell.getCTTc().getTcPr();
      boolean continued =
          pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
      boolean hContinued = pr != null && pr.isSetHMerge() && (pr.getHMerge().getVal() == null
          || pr.getHMerge().getVal() == STMerge.CONTINUE);
      if (!continued && !hContinued) {
        out.add(WordText.cell(texts(cell)));
      }
    }
    return out;
  }

  private static List<String> texts(XWPFTableCell cell) {
    List<String> out = new ArrayList<>();
    for (IBodyElement e : cell.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        out.add(p.getText());
      } else if (e instanceof XWPFTable nested) {
        out.add(nested.getText());
      }
    }
    return out;
  }
}
