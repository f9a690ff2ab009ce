package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.disclosurelake.generate.CorpusGenerator;
import org.disclosurelake.generate.CorpusWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report_values} reads the typed t2/t3/t4 columns of {@code reports}; on every fixture of the test corpus
 * (real, seeds, generated) it must give what the pivot of {@code facts} it replaced gives, value for value.
 */
class ReportValuesIT {

  private static final Path REPORTS = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/reports");

  @TempDir static Path tmp;

  @Test
  void theTypedColumnsGiveWhatThePivotOfFactsGave() throws IOException {
    SparkSession spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("input"));
    try (Stream<Path> files = Files.walk(REPORTS)) {
      for (Path f : files.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains("/expected/") && !p.toString().endsWith(".expected")
              && !p.toString().matches(".*\\.(md|sh|csv)$"))
          .toList()) {
        Files.copy(f, input.resolve(REPORTS.relativize(f).toString().replace('/', '_')));
      }
    }
    // and generated documents of every template, broken ones included
    new CorpusWriter(new CorpusGenerator(5, 0.2), 2).write(input.resolve("generated"), 60);
    try (Stream<Path> truth = Files.walk(input.resolve("generated"))) {
      for (Path p : truth.filter(p -> p.toString().endsWith(".expected")).toList()) {
        Files.delete(p);
      }
    }
    LakeJob job = new LakeJob(spark, new JobConfig(input.toString(), tmp.resolve("lake").toString()));
    job.run();
    job.lake().registerViews();

    Dataset<Row> typed = asText(spark.sql(MetricsRunner.sql("report_values")));
    Dataset<Row> pivot = asText(spark.sql(pivotOfFacts()));
    long reports = typed.count();
    assertTrue(reports > 60, "the corpus gives reports: " + reports);
    assertTrue(typed.filter("new_total IS NOT NULL").count() > 20, "and values");
    assertEquals(reports, pivot.count());
    assertEquals(List.of(), typed.exceptAll(pivot).collectAsList(), "typed rows the pivot does not give");
    assertEquals(List.of(), pivot.exceptAll(typed).collectAsList(), "pivot rows the typed columns do not give");
  }

  /** Every column as text, so the decimal widths of the two sums do not matter. */
  private static Dataset<Row> asText(Dataset<Row> data) {
    List<Column> out = new ArrayList<>();
    for (String c : data.columns()) {
      out.add(data.col(c).cast("string").as(c));
    }
    return data.select(out.toArray(Column[]::new));
  }

  /**
   * The pivot of {@code facts} that {@code report_values.sql} was before it read the typed columns, its value count
   * restricted to the keys the typed columns hold (the cells of t2, t3, t4 and proactive.total).
   */
  private static String pivotOfFacts() {
    List<String> keys = new ArrayList<>();
    keys(keys, "t2", LakeSchema.T2);
    keys(keys, "t3", LakeSchema.T3);
    keys(keys, "t4", LakeSchema.T4);
    keys.add("'proactive.total'");
    return """
        SELECT r.report_id, r.agency, r.year, r.template, coalesce(size(r.findings), 0) AS finding_count,
          coalesce(v.value_count, 0) AS value_count, v.new_total, v.new_natural, v.carried_total, v.granted_total,
          v.partial_total, coalesce(v.denied_leaves, v.denied_group) AS denied_sum,
          coalesce(v.unable_leaves, v.unable_group) AS unable_sum,
          coalesce(v.not_processed_leaves, v.not_processed_group) AS not_processed_sum,
          coalesce(v.other_leaves, v.other_group) AS other_sum, v.processed_total, v.forward_total,
          v.review_upheld, v.review_corrected, v.review_other, v.review_total, v.suit_direct_upheld,
          v.suit_direct_corrected, v.suit_direct_other, v.suit_direct_total, v.suit_after_review_upheld,
          v.suit_after_review_corrected, v.suit_after_review_other, v.suit_after_review_total, v.suit_total,
          v.proactive_total, v.rules_made, v.norms_made, v.license_decisions, v.penalty_decisions,
          v.coercion_decisions, v.fees_amount_wan
        FROM reports r
        LEFT JOIN (
          SELECT report_id,
            count(value) FILTER (WHERE key IN (%s)) AS value_count,
            max(value) FILTER (WHERE key = 't3.new.total') AS new_total,
            max(value) FILTER (WHERE key = 't3.new.natural') AS new_natural,
            max(value) FILTER (WHERE key = 't3.carried.total') AS carried_total,
            max(value) FILTER (WHERE key = 't3.granted.total') AS granted_total,
            max(value) FILTER (WHERE key = 't3.partial.total') AS partial_total,
            sum(value) FILTER (WHERE key LIKE 't3.denied.%%.total') AS denied_leaves,
            max(value) FILTER (WHERE key = 't3.denied.total') AS denied_group,
            sum(value) FILTER (WHERE key LIKE 't3.unable.%%.total') AS unable_leaves,
            max(value) FILTER (WHERE key = 't3.unable.total') AS unable_group,
            sum(value) FILTER (WHERE key LIKE 't3.not_processed.%%.total') AS not_processed_leaves,
            max(value) FILTER (WHERE key = 't3.not_processed.total') AS not_processed_group,
            sum(value) FILTER (WHERE key LIKE 't3.other.%%.total') AS other_leaves,
            max(value) FILTER (WHERE key = 't3.other.total') AS other_group,
            max(value) FILTER (WHERE key = 't3.processed.total') AS processed_total,
            max(value) FILTER (WHERE key = 't3.forward.total') AS forward_total,
            max(value) FILTER (WHERE key = 't4.review.upheld') AS review_upheld,
            max(value) FILTER (WHERE key = 't4.review.corrected') AS review_corrected,
            max(value) FILTER (WHERE key = 't4.review.other') AS review_other,
            max(value) FILTER (WHERE key = 't4.review.total') AS review_total,
            max(value) FILTER (WHERE key = 't4.suit_direct.upheld') AS suit_direct_upheld,
            max(value) FILTER (WHERE key = 't4.suit_direct.corrected') AS suit_direct_corrected,
            max(value) FILTER (WHERE key = 't4.suit_direct.other') AS suit_direct_other,
            max(value) FILTER (WHERE key = 't4.suit_direct.total') AS suit_direct_total,
            max(value) FILTER (WHERE key = 't4.suit_after_review.upheld') AS suit_after_review_upheld,
            max(value) FILTER (WHERE key = 't4.suit_after_review.corrected') AS suit_after_review_corrected,
            max(value) FILTER (WHERE key = 't4.suit_after_review.other') AS suit_after_review_other,
            max(value) FILTER (WHERE key = 't4.suit_after_review.total') AS suit_after_review_total,
            max(value) FILTER (WHERE key = 't4.suit.total') AS suit_total,
            max(value) FILTER (WHERE key = 'proactive.total') AS proactive_total,
            max(value) FILTER (WHERE key = 't2.rules.made') AS rules_made,
            max(value) FILTER (WHERE key = 't2.norms.made') AS norms_made,
            max(value) FILTER (WHERE key = 't2.license.decisions') AS license_decisions,
            max(value) FILTER (WHERE key = 't2.penalty.decisions') AS penalty_decisions,
            max(value) FILTER (WHERE key = 't2.coercion.decisions') AS coercion_decisions,
            max(value) FILTER (WHERE key = 't2.fees.amount_wan') AS fees_amount_wan
          FROM facts
          GROUP BY report_id
        ) v ON v.report_id = r.report_id
        """.formatted(String.join(", ", keys));
  }

  /** The fact keys of a typed grid: {@code prefix.row.column}, rows with their vocabulary dots. */
  private static void keys(List<String> out, String prefix, StructType grid) {
    List<String> vocabulary = switch (prefix) {
      case "t2" -> LakeSchema.T2_ROWS;
      case "t3" -> LakeSchema.T3_ROWS;
      default -> LakeSchema.T4_ROWS;
    };
    for (String row : vocabulary) {
      StructField field = grid.apply(LakeSchema.fieldName(row));
      for (String column : ((StructType) field.dataType()).fieldNames()) {
        out.add("'" + prefix + "." + row + "." + column + "'");
      }
    }
  }
}
