package org.disclosurelake.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.disclosurelake.agency.AdminLevel;
import org.disclosurelake.agency.Division;
import org.disclosurelake.agency.Gazetteer;

/**
 * Draws reporting bodies from the gazetteer: city and county governments, their general offices, their
 * departments, and townships and streets. Immutable and thread-safe after construction.
 */
final class AgencyPool {

  // departments of a city or county government, with a typical count of licensing decisions
  private static final List<String> DEPARTMENTS =
      List.of(
          "发展和改革局", "公安局", "财政局", "教育局", "民政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局",
          "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化广电和旅游局", "卫生健康委员会",
          "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "司法局", "退役军人事务局", "行政审批局");
  private static final int[] DEPARTMENT_ENFORCEMENT = {
    60, 4000, 20, 80, 150, 300, 400, 200, 500, 900, 100, 150, 60, 120, 600, 150, 5, 3000, 10, 80, 40, 10, 5000
  };

  private final Gazetteer gazetteer;
  private final List<Division> cities = new ArrayList<>();
  private final List<Division> counties = new ArrayList<>();
  private final List<Division> townships = new ArrayList<>();

  AgencyPool(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    collect(gazetteer);
  }

  private void collect(Gazetteer g) {
    List<Division> frontier = new ArrayList<>();
    for (String code : PROVINCE_CODES) {
      g.findByCode(code).ifPresent(frontier::add);
    }
    while (!frontier.isEmpty()) {
      List<Division> next = new ArrayList<>();
      for (Division d : frontier) {
        for (Division c : g.children(d.code())) {
          next.add(c);
          if (c.isPlaceholder() || c.isStatisticalZone()) {
            continue;
          }
          switch (c.level()) {
            case CITY -> cities.add(c);
            case COUNTY -> counties.add(c);
            case TOWNSHIP -> {
              if (c.name().endsWith("街道") || c.name().endsWith("镇") || c.name().endsWith("乡")) {
                townships.add(c);
              }
            }
            default -> { }
          }
        }
      }
      frontier = next;
    }
  }

  private static final List<String> PROVINCE_CODES = provinceCodes();

  private static List<String> provinceCodes() {
    List<String> out = new ArrayList<>();
    for (int p = 11; p <= 65; p++) {
      out.add(p + "0000");
    }
    return out;
  }

  /** One agency; the kind is drawn with weights close to how many reports each kind publishes. */
  Agency draw(SplittableRandom r) {
    int kind = r.nextInt(100);
    if (kind < 8) {
      Division city = cities.get(r.nextInt(cities.size()));
      return new Agency(city.name() + "人民政府", city.code(), "我市", city.name() + "人民政府", 200, 3000, true);
    }
    if (kind < 12) {
      Division city = cities.get(r.nextInt(cities.size()));
      return new Agency(city.name() + "人民政府办公室", city.code(), "市政府办公室", city.name() + "人民政府", 25, 0, false);
    }
    Division county = counties.get(r.nextInt(counties.size()));
    String place = countyName(county);
    String self = "我" + county.name().substring(county.name().length() - 1);
    if (kind < 30) {
      return new Agency(place + "人民政府", county.code(), self, place + "人民政府", 60, 1500, false);
    }
    if (kind < 38) {
      return new Agency(place + "人民政府办公室", county.code(), "本机关", place + "人民政府", 12, 0, false);
    }
    if (kind < 75) {
      int d = r.nextInt(DEPARTMENTS.size());
      String dept = DEPARTMENTS.get(d);
      return new Agency(place + dept, county.code(), dept.endsWith("委员会") ? "我委" : "我局", place + "人民政府", 8,
          DEPARTMENT_ENFORCEMENT[d], false);
    }
    Division town = townships.get(r.nextInt(townships.size()));
    Division parent = gazetteer.findByCode(town.parentCode()).orElse(county);
    String parentPlace = countyName(parent);
    boolean street = town.name().endsWith("街道");
    String name = street ? parentPlace + town.name() : parentPlace + town.name() + "人民政府";
    return new Agency(name, town.code(), street ? "本街道" : "我镇", parentPlace + "人民政府", 3, 30, false);
  }

  /** A district is named with its city (淮安市洪泽区); a county or county-level city stands alone (沭阳县). */
  private String countyName(Division county) {
    if (!county.name().endsWith("区") || county.parentCode() == null) {
      return county.name();
    }
    return gazetteer.findByCode(county.parentCode())
        .filter(p -> p.level() == AdminLevel.CITY && !p.isPlaceholder())
        .map(p -> p.name() + county.name())
        .orElse(county.name());
  }
}
