package org.disclosurelake.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The zero-length files of the input. Spark's file index silently skips them, so {@code binaryFile} never shows
 * them; they are listed here so that they become rejects like any other unreadable file.
 */
final class EmptyFiles {

  private EmptyFiles() {}

  /** The empty files under the input (a file, folder or glob), skipping hidden ones as Spark does. */
  static List<FileStatus> under(SparkSession spark, String input) {
    List<FileStatus> out = new ArrayList<>();
    try {
      Path pattern = new Path(input);
      FileSystem fs = pattern.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] roots = fs.globStatus(pattern);
      if (roots == null) {
        return out;
      }
      for (FileStatus root : roots) {
        if (!root.isDirectory()) {
          if (root.getLen() == 0) {
            out.add(root);
          }
          continue;
        }
        walk(fs, root.getPath(), root.getPath(), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list input: " + input, e);
    }
    return out;
  }

  /**
   * Plain listStatus, not listFiles: a LocatedFileStatus also resolves block locations and permissions per file
   * (on the local file system permissions may fork a shell). Suspected, not profiled: the untimed ~97 s of the 10k
   * no-op run in BENCHMARKS.md.
   */
  private static void walk(FileSystem fs, Path root, Path dir, List<FileStatus> out) throws IOException {
    for (FileStatus f : fs.listStatus(dir)) {
      if (hidden(root, f.getPath())) {
        continue;
      }
      if (f.isDirectory()) {
        walk(fs, root, f.getPath(), out);
      } else if (f.getLen() == 0) {
        out.add(f);
      }
    }
  }

  /** Spark's rule: a file is not data when its name, or a folder name below the root, starts with '.' or '_'. */
  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
