package org.disclosurelake.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** The lake folder: one path-based Delta table per sub-folder, named after the folder. */
public final class Lake {

  private static final Pattern COMMIT = Pattern.compile("\\d{20}\\.(json|checkpoint.*\\.parquet)");
  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final SparkSession spark;
  private final Path root;

  /** The lake at this location (local path or URI); relative paths resolve against the working directory. */
  public Lake(SparkSession spark, String location) {
    this.spark = spark;
    try {
      Path path = new Path(location);
      this.root = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open lake: " + location, e);
    }
  }

  /** The fully qualified location of a table, e.g. {@code file:/data/lake/reports}. */
  public String path(String table) {
    return new Path(root, table).toString();
  }

  /** The names of the Delta tables in the lake (sub-folders with a {@code _delta_log}), sorted. */
  public List<String> tables() {
    List<String> out = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(root)) {
        return out;
      }
      for (FileStatus status : fs.listStatus(root)) {
        String name = status.getPath().getName();
        if (status.isDirectory() && TABLE_NAME.matcher(name).matches()
            && hasCommit(fs, new Path(status.getPath(), "_delta_log"))) {
          out.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list lake: " + root, e);
    }
    out.sort(null);
    return out;
  }

  /** Whether the table exists (its {@code _delta_log} holds a commit). */
  public boolean exists(String table) {
    try {
      return hasCommit(fs(), new Path(new Path(root, table), "_delta_log"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lake: " + root, e);
    }
  }

  /**
   * The table's latest committed version as its {@code _delta_log} shows it (a listing, no Spark job); -1 when the
   * table does not exist. Tells a reader whether another writer committed since it looked.
   */
  public long version(String table) {
    try {
      return latestCommit(fs(), new Path(new Path(root, table), "_delta_log"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lake: " + root, e);
    }
  }

  /**
   * Fails fast, with a one-line message, when the lake cannot be written or one of its tables cannot be read: the
   * location is a file, the folder cannot be created or written, or a table's {@code _delta_log} is corrupt.
   * Creates the lake folder when missing.
   */
  public void expectUsable() {
    FileSystem fs;
    try {
      fs = fs();
      if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
        throw new IllegalStateException("Cannot use lake " + root + ": it is a file, not a folder");
      }
      if (!fs.exists(root) && !fs.mkdirs(root)) {
        throw new IllegalStateException("Cannot create lake folder " + root);
      }
      // a probe file: permissions, read-only mounts and object-store credentials all show here, before any work
      Path probe = new Path(root, "_write_probe_" + UUID.randomUUID());
      fs.create(probe, false).close();
      fs.delete(probe, false);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write to lake " + root + ": " + oneLine(e), e);
    }
    for (String table : tables()) {
      try {
        spark.read().format("delta").load(path(table)).schema();
      } catch (Exception e) { // SparkException is checked in Java's eyes but thrown by Scala code here
        throw new IllegalStateException(
            "Cannot read table " + table + " of lake " + root + " (corrupt _delta_log? restore or move it away): "
                + oneLine(e),
            e);
      }
    }
  }

  /**
   * A {@code _delta_log} with at least one commit or checkpoint file: a folder whose first commit is not written
   * yet (another writer creating the table this moment, or a run killed then) is not a table.
   */
  private static boolean hasCommit(FileSystem fs, Path log) throws IOException {
    return latestCommit(fs, log) >= 0;
  }

  /** The highest version among the commit and checkpoint files of a {@code _delta_log}; -1 when there are none. */
  private static long latestCommit(FileSystem fs, Path log) throws IOException {
    long latest = -1;
    if (!fs.exists(log)) {
      return latest;
    }
    for (FileStatus f : fs.listStatus(log)) {
      String name = f.getPath().getName();
      if (COMMIT.matcher(name).matches()) {
        latest = Math.max(latest, Long.parseLong(name.substring(0, 20)));
      }
    }
    return latest;
  }

  private FileSystem fs() throws IOException {
    return root.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Registers every table of the lake as a temp view of the same name; returns the names. */
  public List<String> registerViews() {
    List<String> names = tables();
    for (String name : names) {
      spark.read().format("delta").load(path(name)).createOrReplaceTempView(name);
    }
    return names;
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
