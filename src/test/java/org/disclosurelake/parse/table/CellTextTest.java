package org.disclosurelake.parse.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.disclosurelake.report.Semantics;
import org.junit.jupiter.api.Test;

class CellTextTest {

  @Test
  void numbersWithSignsUnitsAndSeparators() {
    assertEquals(new BigDecimal("-105"), CellText.parse("减105").value());
    assertEquals(new BigDecimal("5"), CellText.parse("增5").value());
    assertEquals(new BigDecimal("-5"), CellText.parse("-5").value());
    assertEquals(new BigDecimal("1234567"), CellText.parse("1,234,567").value());
    CellText wan = CellText.parse("7700万");
    assertEquals(new BigDecimal("7700"), wan.value());
    assertEquals("万", wan.unit());
    assertEquals("元", CellText.parse("251000元").unit());
    assertEquals(new BigDecimal("180.338174"), CellText.parse("180.338174").value());
  }

  @Test
  void zeroBlankNotApplicableAndText() {
    assertEquals(Semantics.ZERO, CellText.parse("0").semantics());
    assertEquals(Semantics.BLANK, CellText.parse("  ").semantics());
    assertEquals(Semantics.NOT_APPLICABLE, CellText.parse("/").semantics());
    assertEquals(Semantics.NOT_APPLICABLE, CellText.parse("—").semantics());
    assertEquals(Semantics.NOT_APPLICABLE, CellText.parse("无").semantics());
    CellText text = CellText.parse("详见附件");
    assertEquals(Semantics.TEXT, text.semantics());
    assertNull(text.value());
  }
}
