package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.agency.AgencyResolution;
import org.disclosurelake.agency.AgencyResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newcomer's first run tells a story: over the lake built from {@code data/sample}, every chart the notebooks draw
 * has at least two years of data (the queries of notebooks/02-year-over-year.ipynb, cells 6 and 10), and the run
 * shows real year-over-year values and findings of the reports' own arithmetic.
 */
class SampleStoryIT {

  private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "data/sample");

  @TempDir static Path tmp;

  private static SparkSession spark;
  private static RunSummary summary;

  @BeforeAll
  static void runOnTheSample() {
    spark = SharedSpark.session();
    LakeJob job = new LakeJob(spark, new JobConfig(SAMPLE.toString(), tmp.resolve("lake").toString()));
    summary = job.run();
    job.lake().registerViews();
  }

  @Test
  void everyFileOfTheSampleBecomesAReport() {
    assertEquals(0, summary.filesRejected(), summary.toString());
    assertEquals(summary.filesSeen(), summary.reportsWritten(), summary.toString());
  }

  @Test
  void theYearOverYearChartHasAtLeastTwoYears() {
    // notebook 02, cell 6: the agency with the most metric rows, its series of applications
    String agency = spark.sql("SELECT agency FROM agency_year_metrics WHERE agency IS NOT NULL "
        + "GROUP BY agency ORDER BY count(*) DESC, agency LIMIT 1").first().getString(0);
    List<Row> series = spark.sql("SELECT year, applications FROM agency_year_metrics WHERE agency = '"
        + agency.replace("'", "''") + "' AND applications IS NOT NULL ORDER BY year").collectAsList();
    assertTrue(series.size() >= 2, agency + ": " + series);
  }

  @Test
  void theRegionChartHasAtLeastTwoYears() {
    // notebook 02, cell 10: the agencies of the province with the most agencies, by year
    AgencyResolver resolver = AgencyResolver.bundled();
    java.util.Map<String, Integer> byProvince = new java.util.TreeMap<>();
    java.util.Map<String, String> provinceOf = new java.util.HashMap<>();
    for (Row r : spark.sql("SELECT DISTINCT agency FROM agency_year_metrics WHERE agency IS NOT NULL").collectAsList()) {
      AgencyResolution resolution = resolver.resolve(r.getString(0));
      String province = resolution.regionName() == null ? "未解析 (unresolved)" : resolution.regionName().split("/")[0];
      provinceOf.put(r.getString(0), province);
      byProvince.merge(province, 1, Integer::sum);
    }
    int most = byProvince.values().stream().max(Integer::compare).orElse(0);
    String top = byProvince.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow().getKey();
    assertTrue(most >= 2, "the region chart compares agencies: " + byProvince);
    Set<Integer> years = new TreeSet<>();
    for (Row r : spark.sql("SELECT agency, year FROM agency_year_metrics").collectAsList()) {
      if (top.equals(provinceOf.get(r.getString(0)))) {
        years.add(r.getInt(1));
      }
    }
    assertTrue(years.size() >= 2, top + ": " + years);
  }

  @Test
  void theFirstRunShowsYearOverYearValuesAndFindings() {
    long withChange = spark.sql("SELECT count(*) FROM agency_year_metrics WHERE applications_yoy_change IS NOT NULL")
        .first().getLong(0);
    assertTrue(withChange >= 3, "year-over-year values: " + withChange);
    long agenciesWithSeries = spark.sql("SELECT count(*) FROM (SELECT agency FROM agency_year_metrics "
        + "WHERE agency IS NOT NULL GROUP BY agency HAVING count(DISTINCT year) >= 2)").first().getLong(0);
    assertTrue(agenciesWithSeries >= 4, "agencies with a series: " + agenciesWithSeries);
    // findings of the reports' own arithmetic (勾稽关系), as the run summary prints them
    assertTrue(summary.findingsByCode().keySet().stream().anyMatch(code -> code.startsWith("T3-")),
        summary.findingsByCode().toString());
  }
}
