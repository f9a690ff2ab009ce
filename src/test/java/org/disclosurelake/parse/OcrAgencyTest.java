package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OcrAgencyTest {

  private static final String BODY = "共泽区人民政府\n本报告由淮安市洪泽区人民政府办公室根据《条例》编制。\n"
      + "2023年,洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导\n";

  @Test
  void aTitleMisreadByOneCharacterTakesTheSpellingTheBodyAndTheGazetteerConfirm() {
    OcrAgency.Repair r = OcrAgency.confirm("共泽区人民政府", BODY).orElseThrow();
    assertEquals("洪泽区人民政府", r.agency());
    assertTrue(r.note().contains("洪泽区"), r.note());
  }

  @Test
  void aMisreadRepeatedInTheBodyGivesWayToTheDivisionTheScanSpellsMoreOften() {
    String body = "潜泽区人民政府\n本报告由淮安市洪泽区人民政府办公室编制。\n请与淮安市洪泽区人民政府办公室联系。\n"
        + "2023年,潜泽区人民政府坚持依法公开。\n2023年，洪泽区政府信息公开工作取得一定的成效。\n";
    assertEquals("洪泽区人民政府", OcrAgency.confirm("潜泽区人民政府", body).orElseThrow().agency());
  }

  @Test
  void aNameTheBodyRepeatsIsKept() {
    assertTrue(OcrAgency.confirm("洪泽区人民政府", BODY).isEmpty());
  }

  @Test
  void withoutAKnownDivisionNothingIsChanged() {
    // the body spells another character more often, but neither spelling names a division
    assertTrue(OcrAgency.confirm("共泽区人民政府", BODY, name -> false).isEmpty());
  }

  @Test
  void twoCandidatesAreNoEvidence() {
    String body = "共泽区人民政府\n洪泽区人民政府\n洪泽区人民政府\n供泽区人民政府\n供泽区人民政府\n";
    assertTrue(OcrAgency.confirm("共泽区人民政府", body, n -> n.equals("洪泽区") || n.equals("供泽区")).isEmpty());
    assertEquals("洪泽区人民政府",
        OcrAgency.confirm("共泽区人民政府", body, n -> n.equals("洪泽区")).orElseThrow().agency());
  }
}
