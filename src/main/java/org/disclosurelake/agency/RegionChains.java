package org.disclosurelake.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the chain of region names an agency string starts with. Every reading is followed (朝阳区 in Beijing and
 * in Changchun; 淮安 the city or the district) and the one covering most text wins; readings that tie on text and
 * end in different places are returned together, so the caller can say "ambiguous".
 */
final class RegionChains {

  /** A place short name directly followed by one of these is part of an organ name (公安局, 公安厅). */
  private static final String ORGAN_CHARS = "厅局委办处所站院部";

  /** Words that make the rest of the string a zone rather than an organ of the place before it. */
  static final List<String> ZONE_WORDS = List.of(
      "开发区", "实验区", "试验区", "示范区", "新区", "园区", "管理区", "合作区", "保税区", "自贸区", "工业区");

  private final Gazetteer gazetteer;
  private final DevelopmentZones zones;
  private final OcrRepair ocr;

  RegionChains(Gazetteer gazetteer, DevelopmentZones zones, OcrRepair ocr) {
    this.gazetteer = gazetteer;
    this.zones = zones;
    this.ocr = ocr;
  }

  /** The best readings (most text covered, then fewest repairs and short forms), one per distinct place. */
  List<RegionChain> best(String text) {
    List<RegionChain> all = new ArrayList<>();
    if (!search(text, 0, RegionChain.empty(), false, all)) {
      all.add(RegionChain.empty());
    }
    Comparator<RegionChain> order = Comparator.comparingInt(RegionChain::consumed).reversed()
        .thenComparing(RegionChain::ocr)
        .thenComparingInt(RegionChain::shortForms);
    all.sort(order);
    Map<String, RegionChain> byPlace = new LinkedHashMap<>();
    RegionChain top = all.get(0);
    for (RegionChain c : all) {
      if (order.compare(c, top) == 0) {
        byPlace.putIfAbsent(c.placeKey(), c);
      }
    }
    return List.copyOf(byPlace.values());
  }

  /** Adds every reading that continues {@code chain}; false if none was acceptable. */
  private boolean search(String text, int pos, RegionChain chain, boolean lastShort, List<RegionChain> out) {
    Division within = chain.last();
    boolean extended = false;
    if (chain.zone() == null) {
      for (DevelopmentZones.ZoneMatch z : zones.matchesAt(text, pos, within, gazetteer)) {
        out.add(chain.withZone(z.zone(), pos + z.length()));
        extended = true;
      }
      for (NameMatch m : gazetteer.matchesAt(text, pos, within)) {
        int end = pos + m.length();
        if (m.shortForm()) {
          if (end < text.length() && ORGAN_CHARS.indexOf(text.charAt(end)) >= 0) {
            continue;
          }
          end = consumeLevelWord(text, end, m.division());
        }
        extended |= search(text, end, chain.with(m, end), m.shortForm(), out);
      }
      if (!extended && !chain.ocr() && (within != null || pos == 0)) {
        Optional<OcrRepair.Repair> r = ocr.repair(text, pos, within, gazetteer);
        if (r.isPresent()) {
          int end = pos + r.get().match().length();
          extended = search(text, end, chain.withRepair(r.get(), end), false, out);
        }
      }
    }
    if (extended) {
      return true;
    }
    if (lastShort && namesZone(text.substring(pos))) {
      return false; // a short name before a zone word is the zone's own name (平潭 + 综合实验区), not the place's
    }
    out.add(chain);
    return true;
  }

  /** True if the text names a development zone or special area. */
  static boolean namesZone(String rest) {
    return ZONE_WORDS.stream().anyMatch(rest::contains);
  }

  /** After a short form, the level word written in full or in part (漓东 + 街道 for 漓东街道办事处, 恩施 + 州). */
  private static int consumeLevelWord(String text, int end, Division d) {
    String suffix = ShortNames.suffixOf(d.name());
    for (int len = suffix.length(); len >= 1; len--) {
      if (text.startsWith(suffix.substring(0, len), end)) {
        return end + len;
      }
    }
    String last = suffix.isEmpty() ? "" : suffix.substring(suffix.length() - 1);
    return !last.isEmpty() && "州县旗盟".contains(last) && text.startsWith(last, end) ? end + 1 : end;
  }
}
