package org.disclosurelake.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TagsTest {

  private static boolean silent(String style) {
    return Tags.isSilent(new Element("span").attr("style", style));
  }

  /** The plain definition: lower-case, drop spaces, newlines and tabs, look for the two declarations. */
  private static boolean hiddenByDefinition(String style) {
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "").replace("\n", "").replace("\t", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  @Test
  void hiddenStyles() {
    assertTrue(silent("display:none"));
    assertTrue(silent("color:red; DISPLAY : None ;"));
    assertTrue(silent("visi bility:\thid\nden"));
    assertFalse(silent("display:inline; visibility:visible"));
    assertFalse(silent("display:\rnone")); // only spaces, newlines and tabs are ignored
    assertFalse(silent("d\u0130splay:none"));
  }

  @Test
  void agreesWithTheDefinitionOnRandomStyles() {
    String[] pieces = {"display", "DISPLAY", "visibility", "Visibility", "none", "NONE", "hidden", "HIDDEN", ":", ";",
      " ", "\t", "\n", "\r", "d", "n", "e", "\u0130", "\u212A", "\u00A0", "x", "is", "play", "idden"};
    Random random = new Random(11);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String style = sb.toString();
      assertEquals(!style.isEmpty() && hiddenByDefinition(style), silent(style), style);
    }
  }
}
