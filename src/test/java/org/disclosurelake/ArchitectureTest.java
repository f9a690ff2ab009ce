package org.disclosurelake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: only the Spark job and the command line may use Spark. */
class ArchitectureTest {

  private static final Path MAIN = Path.of(System.getProperty("project.basedir", "."), "src/main/java");
  private static final List<String> SPARK_PACKAGES =
      List.of("org/disclosurelake/spark/", "org/disclosurelake/cli/");

  @Test
  void onlyTheSparkAndCliPackagesUseSpark() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    assertTrue(sources.size() > 10, "Cannot find the sources under " + MAIN.toAbsolutePath());
    List<String> offenders =
        sources.stream()
            .filter(p -> SPARK_PACKAGES.stream().noneMatch(pkg -> MAIN.relativize(p).toString().replace('\\', '/').startsWith(pkg)))
            .filter(ArchitectureTest::mentionsSpark)
            .map(p -> MAIN.relativize(p).toString())
            .collect(Collectors.toList());
    assertEquals(List.of(), offenders, "Classes outside spark/ and cli/ that use org.apache.spark");
  }

  private static boolean mentionsSpark(Path source) {
    try {
      return Files.readString(source, StandardCharsets.UTF_8).contains("org.apache.spark");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + source, e);
    }
  }
}
