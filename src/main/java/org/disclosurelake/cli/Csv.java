package org.disclosurelake.cli;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, fields quoted when they hold , " CR or LF, a quote
 * doubled), through univocity, the writer Spark's own CSV source uses for {@code export}; null is an empty field.
 */
final class Csv {

  private Csv() {}

  static void write(PrintWriter out, List<String> header, Iterator<List<String>> rows) {
    CsvWriter writer = new CsvWriter(out, settings());
    writer.writeHeaders(header);
    while (rows.hasNext()) {
      writer.writeRow(rows.next());
    }
    writer.flush();
  }

  private static CsvWriterSettings settings() {
    CsvWriterSettings s = new CsvWriterSettings();
    s.getFormat().setDelimiter(',');
    s.getFormat().setQuote('"');
    s.getFormat().setQuoteEscape('"');
    s.getFormat().setLineSeparator("\r\n");
    s.setIgnoreLeadingWhitespaces(false);
    s.setIgnoreTrailingWhitespaces(false);
    s.setNormalizeLineEndingsWithinQuotes(false); // a value's own line breaks are data: kept as they are
    s.setQuoteEscapingEnabled(true); // a value holding a quote is quoted, its quotes doubled
    s.setQuotationTriggers('\r', '\n');
    s.setNullValue("");
    s.setEmptyValue("\"\"");
    s.setSkipEmptyLines(false);
    return s;
  }
}
