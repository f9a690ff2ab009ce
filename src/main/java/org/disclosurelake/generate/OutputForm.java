package org.disclosurelake.generate;

/** The forms the generator writes, as the parser meets them. */
enum OutputForm {
  /** An HTML page as a government CMS exports it, tables with spans, chrome around the content. */
  HTML("html"),
  /** Text with table cells as {@code a | b | c} lines. */
  PIPE("txt"),
  /**
   * Markdown as page-to-Markdown converters give it: {@code #} title, {@code ##} headings, tables as
   * {@code | a | b |} rows under a {@code | --- |} separator.
   */
  MARKDOWN("md"),
  /** Text with table cells glued together without separators. */
  GLUED("txt"),
  /** A pre-2019 prose report as text, often reposted with a site's chrome. */
  NARRATIVE("txt"),
  /** A PDF as a word processor exports it: A4 pages, ruled tables, text in a standard Chinese font. */
  PDF("pdf");

  private final String extension;

  OutputForm(String extension) {
    this.extension = extension;
  }

  String extension() {
    return extension;
  }
}
