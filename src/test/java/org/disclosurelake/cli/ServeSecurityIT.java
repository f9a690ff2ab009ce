package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disclosurelake.spark.SharedSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --users --tls-keystore} through bin/disclosure-lake: a users file made by {@code serve-user}, a
 * self-signed key store made by the JDK's keytool, and the Hive JDBC driver as the client; and the refusal to serve
 * beyond loopback without authentication.
 */
class ServeSecurityIT {

  private static final Path BASE = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
  private static final Path LAUNCHER = BASE.resolve("bin/disclosure-lake");
  private static final Path KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool");
  private static final long START_TIMEOUT_SECONDS = 300;
  private static final String USER = "analyst";
  private static final String PASSWORD = "correct horse battery staple";
  private static final String TRUST_PASSWORD = "trust-it";

  @TempDir static Path tmp;

  private static Process server;
  private static Path lake;
  private static Path truststore;
  private static String url;

  @BeforeAll
  static void serveWithPasswordsAndTls() throws Exception {
    lake = tmp.resolve("lake");
    SharedSpark.session().range(5).write().format("delta").save(lake.resolve("numbers").toString());

    Path users = tmp.resolve("users");
    Process add = launcher("serve-user", "--users", users.toString(), "--add", USER);
    try (var stdin = add.getOutputStream()) {
      stdin.write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(0, finish(add), "serve-user failed");
    assertEquals(1, Files.readAllLines(users).size());
    assertTrue(Files.readString(users).startsWith(USER + ":pbkdf2-sha256:600000:"));

    Path keystore = tmp.resolve("server.p12");
    Path keystorePassword = Files.writeString(tmp.resolve("keystore-password"), "server-it\n");
    Path cert = tmp.resolve("server.cer");
    truststore = tmp.resolve("trust.p12");
    keytool("-genkeypair", "-alias", "serve", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
        "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
        "-storepass", "server-it", "-keypass", "server-it");
    keytool("-exportcert", "-alias", "serve", "-keystore", keystore.toString(), "-storepass", "server-it", "-file",
        cert.toString());
    keytool("-importcert", "-noprompt", "-alias", "serve", "-file", cert.toString(), "-storetype", "PKCS12",
        "-keystore", truststore.toString(), "-storepass", TRUST_PASSWORD);

    int port = freePort();
    url = "jdbc:hive2://127.0.0.1:" + port + "/default;ssl=true";
    server =
        new ProcessBuilder(
                LAUNCHER.toString(), "--master", "local[2]", "serve", "--lake", lake.toString(), "--port",
                Integer.toString(port), "--users", users.toString(), "--tls-keystore", keystore.toString(),
                "--tls-keystore-password-file", keystorePassword.toString())
            .directory(tmp.toFile())
            .redirectOutput(tmp.resolve("serve.out").toFile())
            .redirectError(tmp.resolve("serve.err").toFile())
            .start();
    awaitPort(port);
    DriverManager.setLoginTimeout(120); // a failed TLS handshake must end, not hang the test
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (server != null) {
      server.descendants().forEach(ProcessHandle::destroy);
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static String trusted() {
    return url + ";sslTrustStore=" + truststore + ";trustStorePassword=" + TRUST_PASSWORD;
  }

  @Test
  void theRightPasswordOverTlsQueries() throws Exception {
    try (Connection c = DriverManager.getConnection(trusted(), USER, PASSWORD);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM numbers")) {
      assertTrue(rs.next());
      assertEquals(5, rs.getLong(1));
    }
  }

  @Test
  void aWrongPasswordOrUnknownUserIsRefused() {
    assertThrows(SQLException.class, () -> DriverManager.getConnection(trusted(), USER, PASSWORD + "!").close());
    assertThrows(SQLException.class, () -> DriverManager.getConnection(trusted(), USER, "").close());
    assertThrows(SQLException.class, () -> DriverManager.getConnection(trusted(), "intruder", PASSWORD).close());
  }

  @Test
  void tlsNeedsTheTruststoreAndPlainConnectionsFail() {
    // the JDK's default trust store does not trust the self-signed certificate
    assertThrows(SQLException.class, () -> DriverManager.getConnection(url, USER, PASSWORD).close());
    assertThrows(
        SQLException.class,
        () -> DriverManager.getConnection(url.replace(";ssl=true", ""), USER, PASSWORD).close());
  }

  @Test
  void refusesToServeBeyondLoopbackWithoutAuthentication() throws Exception {
    Process p = launcher("serve", "--lake", lake.toString(), "--host", "0.0.0.0", "--port", Integer.toString(freePort()));
    p.getOutputStream().close();
    assertEquals(2, finish(p));
    List<String> err = lines(p.getErrorStream().readAllBytes());
    assertEquals(1, err.size(), String.join("\n", err));
    assertTrue(err.get(0).startsWith("disclosure-lake serve: Cannot serve on 0.0.0.0 without authentication"), err.get(0));
  }

  private static Process launcher(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(tmp.toFile()).start();
  }

  /** Waits for a short-lived child (its output is small enough for the pipe buffers); returns its exit code. */
  private static int finish(Process p) throws InterruptedException {
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out");
    return p.exitValue();
  }

  private static List<String> lines(byte[] bytes) {
    List<String> out = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
    out.removeIf(String::isBlank);
    return out;
  }

  private static void keytool(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(KEYTOOL.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(new File("/dev/null")).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, finish(p), "keytool " + args[0] + ": " + output);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Waits until the server accepts connections; fails at once if it exited, or after the timeout. */
  private static void awaitPort(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new AssertionError("serve exited with " + server.exitValue() + ": "
            + Files.readString(tmp.resolve("serve.err"), StandardCharsets.UTF_8));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return;
      } catch (IOException notYet) {
        Thread.sleep(500);
      }
    }
    throw new AssertionError("serve did not open port " + port + " within " + START_TIMEOUT_SECONDS + " s");
  }
}
