package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Derived tables computed by other metric code, or with another agency resolver (an upgrade that brings a new alias
 * or gazetteer), are recomputed in full by the next run that writes; derived tables of this build's code follow the
 * change.
 */
class MetricFingerprintIT {

  private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "data/sample");

  @TempDir Path tmp;

  @Test
  void anotherResolversTablesAreRecomputedThenFollowed() throws IOException {
    SparkSession spark = SharedSpark.session();
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SAMPLE)) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Path input = Files.createDirectories(tmp.resolve("input"));
    LakeJob job = new LakeJob(spark, new JobConfig(input.toString(), tmp.resolve("lake").toString()));
    Files.copy(seeds.get(0), input.resolve(seeds.get(0).getFileName()));
    job.run();
    assertEquals(MetricsRunner.fingerprint(), fingerprint(spark, job.lake()), "a full computation marks its code");

    // the lake as an older build with another resolver left it
    String older = MetricsRunner.fingerprint("0.0.9+000000000000");
    spark.sql("ALTER TABLE delta.`" + job.lake().path(LakeSchema.AGENCY_YEAR_METRICS) + "` SET TBLPROPERTIES ('"
        + IncrementalMetrics.FINGERPRINT + "' = '" + older + "')");
    Files.copy(seeds.get(1), input.resolve(seeds.get(1).getFileName()));
    job.run();
    assertTrue(job.stages().millis().containsKey("metrics/resolve agencies"), "recomputed: " + job.stages().millis());
    assertFalse(job.stages().millis().containsKey("metrics/changed agencies"), job.stages().millis().toString());
    assertEquals(MetricsRunner.fingerprint(), fingerprint(spark, job.lake()));

    // and from then on the change is followed
    Files.copy(seeds.get(2), input.resolve(seeds.get(2).getFileName()));
    job.run();
    assertTrue(job.stages().millis().containsKey("metrics/changed agencies"), "followed: " + job.stages().millis());
    assertFalse(job.stages().millis().containsKey("metrics/resolve agencies"), job.stages().millis().toString());
    assertEquals(3, spark.read().format("delta").load(job.lake().path(LakeSchema.AGENCIES)).count());
  }

  private static String fingerprint(SparkSession spark, Lake lake) {
    Map<String, String> properties = DeltaTable.forPath(spark, lake.path(LakeSchema.AGENCY_YEAR_METRICS)).detail()
        .select("properties").first().getJavaMap(0);
    return properties.get(IncrementalMetrics.FINGERPRINT);
  }
}
