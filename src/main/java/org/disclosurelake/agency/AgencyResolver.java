package org.disclosurelake.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves an agency name to a stable id, its GB/T 2260 region codes, its level and the kind of reporter. Pure and
 * thread-safe: build one (or use {@link #bundled()}) and call {@link #resolve} from any thread.
 */
public final class AgencyResolver {

  private static final List<String> NATIONAL_PREFIXES = List.of("国务院", "中华人民共和国", "国家", "中央");

  private final Gazetteer gazetteer;
  private final Aliases aliases;
  private final RegionChains chains;

  /** A resolver over this gazetteer with the curated tables on the classpath. */
  public AgencyResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.aliases = Aliases.bundled();
    this.chains = new RegionChains(gazetteer, DevelopmentZones.bundled(gazetteer), OcrRepair.bundled());
  }

  /** The resolver over the vendored gazetteer and tables, built once. */
  public static AgencyResolver bundled() {
    return Bundled.INSTANCE;
  }

  /** The gazetteer this resolver reads. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Resolves one agency name; never throws for a bad name, it comes back unresolved with the reason. */
  public AgencyResolution resolve(String rawName) {
    String clean = rawName == null ? "" : AgencyNames.normalize(rawName);
    if (clean.isEmpty()) {
      return unresolved(rawName, "", "empty agency name", ReporterType.OTHER);
    }
    String text = aliases.apply(clean);
    String aliasNote = text.equals(clean) ? null : "alias: " + clean + " → " + text;
    List<RegionChain> best = chains.best(text);
    RegionChain chain = best.get(0);
    if (best.size() > 1) {
      String rest = text.substring(chain.consumed());
      String places = best.stream().map(this::describe).collect(Collectors.joining(", "));
      return unresolved(rawName, text, "ambiguous: " + text.substring(0, chain.consumed()) + " may be " + places,
          Reporters.classify(Reporters.normalize(rest, chain.last(), false), chain.last(), false));
    }
    if (chain.consumed() == 0) {
      return NATIONAL_PREFIXES.stream().anyMatch(text::startsWith)
          ? national(rawName, text, aliasNote)
          : unresolved(rawName, text, RegionChains.namesZone(text)
              ? "development zone in neither the gazetteer nor the curated table: " + text
              : townshipHint(text).orElse("no region name found at the start of: " + text),
              Reporters.classify(text, null, RegionChains.namesZone(text)));
    }
    return resolved(rawName, text, chain, aliasNote);
  }

  private AgencyResolution resolved(String rawName, String text, RegionChain chain, String aliasNote) {
    DevelopmentZone zone = chain.zone();
    Division place = zone == null ? chain.last() : zone.host();
    boolean zoneLike = zone != null || place.isStatisticalZone();
    String rest = text.substring(chain.consumed());
    String reporter = Reporters.normalize(rest, zone == null ? place : null, zoneLike);
    ReporterType type = Reporters.classify(reporter, zone == null ? place : null, zoneLike);
    List<Division> lineage = gazetteer.chain(place);
    List<String> names = new ArrayList<>();
    lineage.stream().filter(d -> !d.isPlaceholder()).forEach(d -> names.add(d.name()));
    if (zone != null) {
      names.add(zone.name());
    }
    String canonical = zone == null ? String.join("", names) + reporter : zone.name() + reporter;
    String regionKey = zone == null ? place.code() : zone.regionKey();
    List<String> notes = new ArrayList<>(chain.notes());
    if (aliasNote != null) {
      notes.add(aliasNote);
    }
    if (zone == null && !zoneLike && type == ReporterType.DEVELOPMENT_ZONE) {
      notes.add("zone " + reporter + " is not in the curated table; region is the place named before it");
    }
    return new AgencyResolution(regionKey + ":" + reporter, rawName, canonical, reporter, String.join("/", names),
        codeAt(lineage, AdminLevel.PROVINCE), codeAt(lineage, AdminLevel.CITY), codeAt(lineage, AdminLevel.COUNTY),
        codeAt(lineage, AdminLevel.TOWNSHIP), zone == null ? place.level() : zone.level(), type,
        method(chain, aliasNote != null), notes.isEmpty() ? null : String.join("; ", notes), null);
  }

  private static ResolutionMethod method(RegionChain chain, boolean aliased) {
    if (chain.ocr()) {
      return ResolutionMethod.OCR_FIX;
    }
    if (chain.zone() != null) {
      return ResolutionMethod.DEVELOPMENT_ZONE_TABLE;
    }
    if (chain.shortForms() > 0) {
      return ResolutionMethod.PREFIX_CHAIN;
    }
    return aliased ? ResolutionMethod.ALIAS : ResolutionMethod.EXACT;
  }

  private static AgencyResolution national(String rawName, String text, String aliasNote) {
    ReporterType type = text.equals("国务院") ? ReporterType.GOVERNMENT
        : text.equals("国务院办公厅") ? ReporterType.GOVERNMENT_OFFICE
        : Reporters.classify(text, null, false);
    return new AgencyResolution("000000:" + text, rawName, text, text, null, null, null, null, null,
        AdminLevel.NATIONAL, type, ResolutionMethod.NATIONAL, aliasNote, null);
  }

  private static AgencyResolution unresolved(String rawName, String text, String reason, ReporterType type) {
    return new AgencyResolution("unresolved:" + text, rawName, text, null, null, null, null, null, null, null,
        type, ResolutionMethod.UNRESOLVED, null, reason);
  }

  private String describe(RegionChain c) {
    Division d = c.zone() == null ? c.last() : c.zone().host();
    String chainNames = gazetteer.chain(d).stream().filter(x -> !x.isPlaceholder()).map(Division::name)
        .collect(Collectors.joining());
    return (c.zone() == null ? chainNames : chainNames + c.zone().name()) + " (" + c.placeKey() + ")";
  }

  /** "township name without its county…" when the string starts with a township name, which is never unique. */
  private Optional<String> townshipHint(String text) {
    for (int len = Math.min(text.length(), 12); len >= 2; len--) {
      String head = text.substring(0, len);
      long n = gazetteer.byFullName(head).stream().filter(d -> d.level() == AdminLevel.TOWNSHIP).count();
      if (n > 0) {
        return Optional.of("township name without its county or city: " + head + " names " + n
            + (n == 1 ? " township" : " townships") + "; townships are matched only under a named county or city");
      }
    }
    return Optional.empty();
  }

  private static String codeAt(List<Division> lineage, AdminLevel level) {
    return lineage.stream().filter(d -> d.level() == level).map(Division::code).findFirst().orElse(null);
  }

  private static final class Bundled {
    static final AgencyResolver INSTANCE = new AgencyResolver(Gazetteer.bundled());
  }
}
