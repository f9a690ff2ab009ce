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

/** Reads the small curated tables: UTF-8, tab-separated, '#' comments, one header line. */
final class Tsv {

  private Tsv() {}

  /** The data rows of a classpath table, each padded to {@code columns} cells (trailing notes may be absent). */
  static List<String[]> readResource(String resource, int columns) {
    try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find table resource " + resource);
      }
      return read(in, columns, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read table resource " + resource, e);
    }
  }

  static List<String[]> read(InputStream in, int columns, String what) throws IOException {
    List<String[]> rows = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    boolean header = true;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length > columns || cells.length < 2) {
        throw new IllegalArgumentException("Cannot read row of " + what + ": " + line);
      }
      String[] row = Arrays.copyOf(cells, columns);
      for (int i = 0; i < columns; i++) {
        row[i] = row[i] == null ? "" : row[i].strip();
      }
      rows.add(row);
    }
    return rows;
  }
}
