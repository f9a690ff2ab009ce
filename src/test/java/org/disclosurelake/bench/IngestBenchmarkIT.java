package org.disclosurelake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.spark.LakeSchema;
import org.disclosurelake.spark.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end benchmark on a small generated corpus: every figure is reported, the lake's accuracy against the
 * generator's truth is exact, and the accuracy measure notices a single wrong fact in the lake.
 */
class IngestBenchmarkIT {

  private static final int COUNT = 60;
  private static final Pattern OF = Pattern.compile("(\\d+) of (\\d+)");

  @TempDir static Path work;

  private static SparkSession spark;
  private static Map<String, String> figures;

  @BeforeAll
  static void benchmark() throws IOException {
    spark = SharedSpark.session();
    figures = new IngestBenchmark(spark, work, (k, v) -> {}).run(COUNT, 7, 500, false).figures();
  }

  @Test
  void reportsEveryFigureBesideTheFloor() {
    for (String key : List.of("floor files", "floor docs/s", "run s", "run docs/s", "run ÷ floor docs/s",
        "run stages ms", "no-op re-run s", "lake accuracy", "peak heap used MB", "metrics: SQL over the lake s")) {
      assertTrue(figures.containsKey(key), key + " missing from " + figures.keySet());
    }
    assertTrue(figures.get("floor files").startsWith(COUNT + " "), figures.get("floor files"));
    assertTrue(figures.get("no-op re-run s").contains("unchanged " + COUNT + ")"), figures.get("no-op re-run s"));
  }

  @Test
  void theLakeHoldsExactlyTheTruth() {
    List<long[]> pairs = pairs(figures.get("lake accuracy"));
    // facts, clean facts, broken flagged, clean without findings, in reports, in rejects
    assertEquals(6, pairs.size(), figures.get("lake accuracy"));
    for (long[] p : pairs) {
      assertEquals(p[1], p[0], figures.get("lake accuracy"));
    }
    assertTrue(pairs.get(0)[1] > 1000, "facts compared: " + pairs.get(0)[1]);
    assertTrue(pairs.get(2)[1] > 0, "no broken document in the corpus: " + figures.get("lake accuracy"));
    assertEquals(COUNT, pairs.get(4)[1] + pairs.get(5)[1]);
  }

  @Test
  void aWrongFactInTheLakeIsCounted() throws IOException {
    Path lake = work.resolve("lake-" + COUNT);
    DeltaTable facts = DeltaTable.forPath(spark, lake.resolve(LakeSchema.FACTS).toString());
    String victim = facts.toDF().filter("key = 't3.new.total' AND value > 0").first().getAs("report_id");
    facts.updateExpr("report_id = '" + victim + "' AND key = 't3.new.total'", Map.of("value", "value + 1"));
    String again = new IngestBenchmark(spark, work, (k, v) -> {}).run(COUNT, 7, 0, true).figures()
        .get("lake accuracy");
    List<long[]> pairs = pairs(again);
    // one wrong value per path of the report; the fact is wrong, not missing
    assertTrue(pairs.get(0)[1] - pairs.get(0)[0] >= 1, again);
    assertTrue(again.contains("; 0 missing)"), again);
    List<long[]> before = pairs(figures.get("lake accuracy"));
    for (int i = 2; i < before.size(); i++) {
      assertEquals(before.get(i)[0], pairs.get(i)[0], again);
    }
  }

  private static List<long[]> pairs(String accuracy) {
    List<long[]> out = new ArrayList<>();
    Matcher m = OF.matcher(accuracy);
    while (m.find()) {
      out.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
    }
    return out;
  }
}
