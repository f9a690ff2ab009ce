package org.disclosurelake.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;

/**
 * The data files of the input, from the file system's metadata alone: no byte of content is read, so a file of any
 * size (even one that Spark's {@code binaryFile} refuses to read, over 2 GiB) is listed, and the zero-length files
 * that Spark's file index silently skips are listed too, so that they become rejects like any other unreadable file.
 */
final class FileListing {

  /** File systems with real folders, walked folder by folder; the others are listed flat. */
  private static final Set<String> TREE_WALK_SCHEMES = Set.of("file", "hdfs", "viewfs");

  private FileListing() {}

  /** The files under the input (a file, folder or glob), skipping hidden ones as Spark does. */
  static List<FileStatus> under(SparkSession spark, String input) {
    List<FileStatus> out = new ArrayList<>();
    try {
      FileSystem fs = new Path(input).getFileSystem(spark.sparkContext().hadoopConfiguration());
      // qualified as Spark's file index qualifies its roots, so the paths equal binaryFile's
      Path pattern = fs.makeQualified(new Path(input));
      FileStatus[] roots = fs.globStatus(pattern);
      if (roots == null) {
        return out;
      }
      for (FileStatus root : roots) {
        if (!root.isDirectory()) {
          out.add(root);
          continue;
        }
        if (TREE_WALK_SCHEMES.contains(fs.getScheme())) {
          walk(fs, root.getPath(), root.getPath(), out);
        } else {
          flat(fs, root.getPath(), out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list input: " + input, e);
    }
    return out;
  }

  /**
   * Object stores (s3a, gs, abfs, …) list a whole prefix in pages of ~1,000 keys with one recursive listing, instead
   * of one request per "folder".
   */
  private static void flat(FileSystem fs, Path root, List<FileStatus> out) throws IOException {
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
    while (files.hasNext()) {
      LocatedFileStatus f = files.next();
      if (!hidden(root, f.getPath())) {
        out.add(f);
      }
    }
  }

  /**
   * Local and HDFS folders: plain listStatus, not listFiles: a LocatedFileStatus also resolves block locations and permissions per file (on
   * the local file system permissions may fork a shell).
   */
  private static void walk(FileSystem fs, Path root, Path dir, List<FileStatus> out) throws IOException {
    for (FileStatus f : fs.listStatus(dir)) {
      if (hidden(root, f.getPath())) {
        continue;
      }
      if (f.isDirectory()) {
        walk(fs, root, f.getPath(), out);
      } else {
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
