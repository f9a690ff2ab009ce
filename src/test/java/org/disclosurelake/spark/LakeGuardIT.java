package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void aReadOnlyLakeFolder() throws Exception {
    Path lake = Files.createDirectories(tmp.resolve("read-only"));
    try (ReadOnly guard = ReadOnly.make(lake)) {
      assertThrows(IOException.class, () -> Files.writeString(lake.resolve("probe"), "x"), guard::toString);
      assertOneLineFailure(
          cli("run", "--input", SAMPLE.toString(), "--lake", lake.toString()), "Cannot write to lake");
    }
  }

  /**
   * A folder that refuses writes from this JVM, root included (CI runs as root, which ignores permission bits): as
   * root a read-only tmpfs mounted over it, else {@code chattr +i}; as another user, permissions r-x.
   */
  private record ReadOnly(Path dir, String how, String undo) implements AutoCloseable {

    static ReadOnly make(Path dir) throws IOException, InterruptedException {
      if (!"root".equals(System.getProperty("user.name"))) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        return new ReadOnly(dir, "chmod", null);
      }
      String mount = run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", dir.toString());
      if (mount.isEmpty()) {
        return new ReadOnly(dir, "read-only tmpfs", "umount");
      }
      String chattr = run("chattr", "+i", dir.toString());
      if (chattr.isEmpty()) {
        return new ReadOnly(dir, "chattr +i", "chattr -i");
      }
      throw new AssertionError("Cannot make a read-only folder as root: mount said " + mount + "; chattr said " + chattr);
    }

    @Override
    public void close() throws IOException, InterruptedException {
      if (undo == null) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      } else if (undo.equals("umount")) {
        expectDone(run("umount", dir.toString()));
      } else {
        expectDone(run("chattr", "-i", dir.toString()));
      }
    }

    private static void expectDone(String failure) {
      if (!failure.isEmpty()) {
        throw new IllegalStateException("Cannot undo the read-only folder: " + failure);
      }
    }

    /** Runs a command; "" when it succeeded, else its exit code and output. */
    private static String run(String... command) throws IOException, InterruptedException {
      Process p;
      try {
        p = new ProcessBuilder(command).redirectErrorStream(true).start();
      } catch (IOException e) {
        return e.getMessage(); // the command is missing
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int code = p.waitFor();
      return code == 0 ? "" : "exit " + code + ": " + out;
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
