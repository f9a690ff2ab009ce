package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsChineseAsDoubleWidthAndShowsNull() {
    StringWriter sw = new StringWriter();
    TextTable.print(
        new PrintWriter(sw),
        List.of("agency", "year"),
        List.of(Arrays.asList("咸阳市", "2017"), Arrays.asList(null, "2020")).iterator(),
        10);
    assertEquals(
        String.join(
            System.lineSeparator(),
            "agency | year",
            "-------+-----",
            "咸阳市 | 2017",
            "NULL   | 2020",
            "(2 rows)",
            ""),
        sw.toString());
  }

  @Test
  void saysWhenRowsWereCut() {
    StringWriter sw = new StringWriter();
    TextTable.print(new PrintWriter(sw), List.of("n"), List.of(List.of("1"), List.of("2")).iterator(), 1);
    assertEquals(
        String.join(System.lineSeparator(), "n", "-", "1", "(1 row, more not shown)", ""), sw.toString());
  }
}
