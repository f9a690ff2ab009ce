package org.disclosurelake.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.report.Report;
import org.junit.jupiter.api.Test;

/** Agency names the accuracy report on generated corpora once found the parser dropping. */
class AccuracyParserGapsTest {

  private static Report parseSeedAs(String agency) throws IOException {
    try (InputStream in = AccuracyParserGapsTest.class.getResourceAsStream("/reports/seeds/001_752a671dabfd990e.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("深州市人民政府办公室", agency);
      return new ReportParser().parse(text.getBytes(StandardCharsets.UTF_8), "seed001-renamed.txt").report();
    }
  }

  @Test
  void agencyOfTheSeedIsRead() throws IOException {
    assertEquals("深州市人民政府办公室", parseSeedAs("深州市人民政府办公室").agency());
  }

  @Test
  void agenciesWhosePlaceNameStartsWithQuanOrBenAreRead() throws IOException {
    assertEquals("全南县人民政府办公室", parseSeedAs("全南县人民政府办公室").agency());
    assertEquals("本溪市人民政府", parseSeedAs("本溪市人民政府").agency());
  }
}
