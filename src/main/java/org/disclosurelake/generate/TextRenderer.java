package org.disclosurelake.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.disclosurelake.generate.Block.Cell;

/**
 * Renders a draft as the text that crawlers and copy-paste produce: tables as pipe lines, Markdown tables, or glued
 * cells, or (for prose reports) no tables; with one of the chromes seen in the real corpus around it.
 */
final class TextRenderer {

  /** How the page around the report looks. */
  enum Chrome {
    NONE,
    PORTAL,
    CRAWLER,
    AGGREGATOR
  }

  private final OutputForm form;
  private final Chrome chrome;
  private final boolean oneLine;
  private final MarkdownFromPdf converted;

  /** @param oneLine for glued text: the whole body on one line, as some extractions give it */
  TextRenderer(OutputForm form, Chrome chrome, boolean oneLine) {
    this(form, chrome, oneLine, null);
  }

  private TextRenderer(OutputForm form, Chrome chrome, boolean oneLine, MarkdownFromPdf converted) {
    this.form = form;
    this.chrome = chrome;
    this.oneLine = oneLine;
    this.converted = converted;
  }

  /** The same page as Markdown converted from a PDF: tables fragmented as {@link MarkdownFromPdf} describes. */
  TextRenderer convertedFromPdf(long seed) {
    return new TextRenderer(OutputForm.MARKDOWN, chrome, false, new MarkdownFromPdf(seed));
  }

  static TextRenderer draw(SplittableRandom r, OutputForm form) {
    Chrome c = form == OutputForm.NARRATIVE ? (r.nextBoolean() ? Chrome.AGGREGATOR : Chrome.CRAWLER)
        : Chrome.values()[r.nextInt(3)];
    return new TextRenderer(form, c, form == OutputForm.GLUED && r.nextInt(4) == 0);
  }

  String render(Draft d, List<String> padding) {
    StringBuilder out = new StringBuilder(16_384);
    head(d, out);
    String sep = oneLine ? " " : "\n";
    for (int i = 0; i < d.blocks().size(); i++) {
      Block b = d.blocks().get(i);
      if (i == 0) {
        out.append(markdown() ? "# " : "").append(((Block.Heading) b).text()).append('\n');
        continue;
      }
      if (i == 1 && b instanceof Block.Para p) {
        out.append(p.text()).append('\n'); // the statistics period stays on a line of its own
        continue;
      }
      if (b instanceof Block.Heading h) {
        out.append(markdown() ? "\n## " : "").append(h.text()).append(sep);
      } else if (b instanceof Block.Para p) {
        out.append(p.text()).append(sep).append(markdown() ? "\n" : "");
      } else if (b instanceof Block.Pad) {
        out.append(padding(padding));
      } else if (b instanceof Block.Table t) {
        table(t, out, sep);
      }
    }
    foot(out);
    return out.toString();
  }

  private boolean markdown() {
    return form == OutputForm.MARKDOWN;
  }

  /** Padding paragraphs as this text renders paragraphs. */
  String padding(List<String> paragraphs) {
    if (paragraphs.size() == 1 && paragraphs.get(0).equals(DocumentFactory.MARK)) {
      return DocumentFactory.MARK;
    }
    String sep = oneLine ? " " : "\n";
    StringBuilder o = new StringBuilder(paragraphs.size() * 300);
    paragraphs.forEach(s -> o.append(s).append(sep));
    return o.toString();
  }

  private void table(Block.Table t, StringBuilder out, String sep) {
    if (converted != null) {
      converted.table(t, out);
      return;
    }
    if (markdown()) {
      markdownTable(t, out);
      return;
    }
    for (int i = 0; i < t.rows().size(); i++) {
      List<Cell> row = t.rows().get(i);
      if (form == OutputForm.PIPE) {
        for (Cell c : row) {
          out.append(c.text()).append(" | ");
        }
        out.setLength(out.length() - 1);
        out.append(sep);
        continue;
      }
      boolean spaced = t.spacedRows().contains(i);
      boolean previousValue = false;
      for (Cell c : row) {
        if (c.value() && previousValue && spaced) {
          out.append(' ');
        }
        out.append(c.text());
        previousValue = c.value();
      }
      out.append(oneLine ? "" : "\n");
    }
  }

  /**
   * A Markdown table as converters write one: the first row as its head, filled with empty cells to the widest row
   * (Markdown has no column spans), a separator as wide, a blank line around it.
   */
  private static void markdownTable(Block.Table t, StringBuilder out) {
    int width = t.rows().stream().mapToInt(List::size).max().orElse(1);
    out.append('\n');
    for (int i = 0; i < t.rows().size(); i++) {
      List<Cell> row = t.rows().get(i);
      out.append('|');
      for (Cell c : row) {
        out.append(' ').append(c.text()).append(" |");
      }
      if (i == 0) {
        out.append("  |".repeat(width - row.size())).append("\n|").append(" --- |".repeat(width));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private void head(Draft d, StringBuilder out) {
    String date = d.published().toString();
    switch (chrome) {
      case PORTAL -> out.append("无障碍浏览 长者专版\n\n").append(d.title()).append("\n\n  • 信息来源").append(d.agency().name())
          .append("\n  • 文  号\n  • 索 引 号\n  • 发布时间").append(date).append(" 09:30\n");
      case CRAWLER -> out.append("标题: ").append(d.title()).append("\n发布时间: ").append(date).append(" 15:34\n文号: \n发布机构: ")
          .append(d.agency().name()).append("\n栏目: 政府信息公开年报\n==================== 正文 ====================\n");
      case AGGREGATOR -> out.append("造价通\n\n反馈\n取消\n\n热门搜词\n\n").append(d.title()).append("简介\n\n").append(date)
          .append(" 作者:佚名\n");
      default -> { }
    }
  }

  private void foot(StringBuilder out) {
    out.append('\n');
    switch (chrome) {
      case PORTAL -> out.append("CopyRight 2016-2025 版权所有 |  备案号:滇ICP备05005095号-2 技术支持: 华海信息\n");
      case AGGREGATOR -> out.append("*文章为作者独立观点，不代表本站立场。\n\n热门推荐\n\n相关阅读\n");
      default -> { }
    }
  }
}
