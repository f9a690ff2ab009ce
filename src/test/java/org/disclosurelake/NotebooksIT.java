package org.disclosurelake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disclosurelake.spark.JobConfig;
import org.disclosurelake.spark.LakeJob;
import org.disclosurelake.spark.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * notebooks/run-all.sh executes every notebook headless with the Java kernel over a lake the job wrote from
 * data/sample, installing Jupyter and the kernel when they are missing. Skipped only where nothing can be installed
 * (no Jupyter and no apt-get as root); on CI it runs.
 */
class NotebooksIT {

  private static final Path BASE = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
  private static final List<String> NOTEBOOKS =
      List.of("01-getting-started.ipynb", "02-year-over-year.ipynb", "03-data-quality.ipynb");

  @TempDir Path tmp;

  @Test
  void everyNotebookRunsWithoutACellError() throws Exception {
    assumeTrue(
        onPath("jupyter-nbconvert") || (onPath("apt-get") && isRoot()),
        "Skipped: Jupyter is not installed and apt-get cannot install it here (not root)");
    Path lake = tmp.resolve("lake");
    new LakeJob(SharedSpark.session(), new JobConfig(BASE.resolve("data/sample").toString(), lake.toString())).run();

    ProcessBuilder pb = new ProcessBuilder(BASE.resolve("notebooks/run-all.sh").toString());
    pb.environment().put("DISCLOSURE_LAKE", lake.toString());
    Path log = tmp.resolve("run-all.log");
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(40, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("run-all.sh timed out: " + Files.readString(log, StandardCharsets.UTF_8));
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    for (String notebook : NOTEBOOKS) {
      assertTrue(out.contains("notebook " + notebook + ": ok"), notebook + " did not run: " + out);
    }
    String charts = Files.readString(BASE.resolve("notebooks/.build/out/02-year-over-year.ipynb"), StandardCharsets.UTF_8);
    assertTrue(charts.contains("image/png"), "02-year-over-year.ipynb shows no chart");
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRoot() throws IOException, InterruptedException {
    Process id = new ProcessBuilder("id", "-u").start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return id.waitFor() == 0 && uid.equals("0");
  }
}
