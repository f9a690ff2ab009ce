package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.disclosurelake.spark.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class BudgetsTest {

  private final Budgets.Size size = new Budgets.Size();
  private final Budgets.Time time = new Budgets.Time();

  @Test
  void sizesTakeBinaryUnits() {
    assertEquals(1_048_576L, size.convert("1048576"));
    assertEquals(512L << 10, size.convert("512KiB"));
    assertEquals(64L << 20, size.convert("64MiB"));
    assertEquals(64L << 20, size.convert("64m"));
    assertEquals(2L << 30, size.convert(" 2 GB "));
    assertEquals(100L, size.convert("100B"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "-5MiB", "1.5MiB", "64TB", "MiB", "99999999999999999999"})
  void badSizesAreRefused(String value) {
    assertThrows(TypeConversionException.class, () -> size.convert(value));
  }

  @Test
  void durationsDefaultToSeconds() {
    assertEquals(Duration.ofSeconds(30), time.convert("30"));
    assertEquals(Duration.ofSeconds(30), time.convert("30s"));
    assertEquals(Duration.ofMillis(500), time.convert("500ms"));
    assertEquals(Duration.ofMinutes(2), time.convert("2m"));
    assertEquals(Duration.ofHours(1), time.convert("1H"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0s", "-1s", "1.5s", "2d", "s"})
  void badDurationsAreRefused(String value) {
    assertThrows(TypeConversionException.class, () -> time.convert(value));
  }

  @Test
  void reasonsAreCountedByTheirKind() {
    assertEquals("oversize", RunSummary.reasonKind("oversize: 9437184 bytes > limit 8388608 bytes"));
    assertEquals("image", RunSummary.reasonKind("image (png), not a report"));
    assertEquals("empty file", RunSummary.reasonKind("empty file"));
    assertEquals("not a disclosure report", RunSummary.reasonKind("not a disclosure report: no tables"));
    assertEquals("time budget exceeded", RunSummary.reasonKind("time budget exceeded: 30s"));
  }
}
