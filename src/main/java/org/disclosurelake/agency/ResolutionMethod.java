package org.disclosurelake.agency;

import java.util.Locale;

/** How an agency name was tied to its region; the strongest step that was needed wins. */
public enum ResolutionMethod {
  /** Every region name in the string is a full gazetteer name. */
  EXACT,
  /** A variant from the aliases table was rewritten (科委 → 科学技术委员会). */
  ALIAS,
  /** A region was found by its short name (淮安洪泽区, 上海科委) or skipped a level of the chain. */
  PREFIX_CHAIN,
  /** One character was corrected because the chain proves which division was meant (沐阳 → 沭阳). */
  OCR_FIX,
  /** The curated table of development zones and special areas named the host region. */
  DEVELOPMENT_ZONE_TABLE,
  /** A central body (国务院…, 国家…): no region. */
  NATIONAL,
  UNRESOLVED;

  /** The hyphenated name stored in tables ("ocr-fix"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
