package org.disclosurelake.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the project's tab-separated tables (the curated agency tables, the gazetteer, the metric dictionary, the
 * character map): UTF-8, blank lines and lines starting with '#' skipped, cells split on tabs and stripped.
 */
public final class Tsv {

  private Tsv() {}

  /** Every record of a classpath table (an absolute resource name), the header line included. */
  public static List<String[]> readResource(String resource) {
    try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find table resource " + resource);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read table resource " + resource, e);
    }
  }

  /**
   * The data rows of a curated classpath table (a header line, then rows of {@code least} to {@code columns} cells),
   * each padded to {@code columns} cells.
   */
  public static List<String[]> readTable(String resource, int least, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String[] row : withoutHeader(readResource(resource))) {
      out.add(expectCells(row, least, columns, resource));
    }
    return out;
  }

  /** Every record of a table, the header line included. */
  public static List<String[]> read(InputStream in) throws IOException {
    List<String[]> rows = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The records after the header line. */
  public static List<String[]> withoutHeader(List<String[]> rows) {
    return rows.isEmpty() ? rows : rows.subList(1, rows.size());
  }

  /**
   * The row padded with empty cells to {@code columns} (trailing notes may be absent); throws naming the table when
   * it has fewer than {@code least} or more than {@code columns} cells.
   */
  public static String[] expectCells(String[] row, int least, int columns, String what) {
    if (row.length < least || row.length > columns) {
      throw new IllegalArgumentException(
          "Cannot read row of " + what + ", expected " + (least == columns ? "" : least + " to ") + columns
              + " fields: " + String.join("\t", row));
    }
    String[] out = Arrays.copyOf(row, columns);
    for (int i = row.length; i < columns; i++) {
      out[i] = "";
    }
    return out;
  }
}
