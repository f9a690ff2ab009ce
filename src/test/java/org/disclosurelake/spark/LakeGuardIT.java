package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unusable lake fails before any work, with one line that names the problem. */
class LakeGuardIT {

  private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "data/sample");

  @TempDir static Path tmp;

  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SharedSpark.session();
  }

  /** Runs the CLI in this JVM (the shared session is reused); returns exit code and stderr. */
  private static String[] cli(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    return new String[] {String.valueOf(code), err.toString()};
  }

  private static void assertOneLineFailure(String[] result, String expected) {
    assertEquals("1", result[0], result[1]);
    assertEquals(1, result[1].strip().lines().count(), result[1]);
    assertTrue(result[1].startsWith("disclosure-lake run: " + expected), result[1]);
  }

  @Test
  void aLakePathThatIsAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("lake-file"), "x");
    assertOneLineFailure(
        cli("run", "--input", SAMPLE.toString(), "--lake", file.toString()), "Cannot use lake");
    assertEquals("x", Files.readString(file));
  }

  @Test
  void aReadOnlyLakeFolder() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root writes to read-only folders");
    Path lake = Files.createDirectories(tmp.resolve("read-only"));
    Files.setPosixFilePermissions(lake, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertOneLineFailure(
          cli("run", "--input", SAMPLE.toString(), "--lake", lake.toString()), "Cannot write to lake");
    } finally {
      Files.setPosixFilePermissions(lake, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aLakeUnderAFileCannotBeCreated() throws IOException {
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    String[] result = cli("run", "--input", SAMPLE.toString(), "--lake", file.resolve("lake").toString());
    assertEquals("1", result[0], result[1]);
    assertEquals(1, result[1].strip().lines().count(), result[1]);
    assertTrue(result[1].startsWith("disclosure-lake run: Cannot "), result[1]);
  }

  @Test
  void aTableWithAGarbageDeltaLogIsNamedAndNothingIsWritten() throws IOException {
    Path lake = tmp.resolve("corrupt");
    Path log = Files.createDirectories(lake.resolve(LakeSchema.REPORTS).resolve("_delta_log"));
    Files.writeString(log.resolve("00000000000000000000.json"), "this is not a Delta log\n", StandardCharsets.UTF_8);
    assertOneLineFailure(
        cli("run", "--input", SAMPLE.toString(), "--lake", lake.toString()), "Cannot read table reports");
    assertFalse(Files.exists(lake.resolve(LakeSchema.FACTS)), "no work before the check");
    assertFalse(Files.exists(lake.resolve(LakeSchema.INPUTS)));
  }

  @Test
  void theGuardAloneThrowsForAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("another-file"), "x");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new Lake(spark, file.toString()).expectUsable());
    assertTrue(e.getMessage().contains("it is a file"), e.getMessage());
  }
}
