package org.disclosurelake.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Child processes of the integration tests: run with a deadline, output kept in files, ended by their process id. */
final class Children {

  static final Path BASE = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
  static final Path LAUNCHER = BASE.resolve("bin/disclosure-lake");

  /** A finished child: exit code, standard output and error. */
  record Outcome(int code, String out, String err) {

    /** The output and error, for assertion messages. */
    String both() {
      return out + "\n--- stderr ---\n" + err;
    }
  }

  private Children() {}

  /** Runs a command in {@code dir} to its end; output goes to {@code name}.out/.err there. Ended forcibly at the deadline. */
  static Outcome run(Path dir, String name, Map<String, String> env, Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process p = start(dir, out, err, env, command);
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      stop(p);
      throw new AssertionError("Timed out after " + timeout + ": " + command + "\n" + read(err));
    }
    return new Outcome(p.exitValue(), read(out), read(err));
  }

  /** Starts a command in {@code dir} with its output in files. */
  static Process start(Path dir, Path out, Path err, Map<String, String> env, List<String> command) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().putAll(env);
    return pb.start();
  }

  /** Ends a child and every process it started, each by its id: TERM, then KILL after 30 s. */
  static void stop(Process p) throws InterruptedException {
    if (p == null) {
      return;
    }
    List<ProcessHandle> all = new java.util.ArrayList<>(p.descendants().toList());
    all.add(p.toHandle());
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (ProcessHandle h : all) {
      while (h.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      if (h.isAlive()) {
        h.destroyForcibly();
      }
    }
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Waits until the child accepts connections on the port; fails at once if it exited, or at the deadline. */
  static void awaitPort(Process p, int port, Duration timeout, Path errLog) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new AssertionError("exited with " + p.exitValue() + " before port " + port + " opened: " + read(errLog));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return;
      } catch (IOException notYet) {
        Thread.sleep(300);
      }
    }
    throw new AssertionError("port " + port + " not open within " + timeout + ": " + read(errLog));
  }
}
