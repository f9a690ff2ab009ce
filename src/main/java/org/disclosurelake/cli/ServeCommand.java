package org.disclosurelake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.serve.PasswordFile;
import org.disclosurelake.spark.JdbcServer;
import org.disclosurelake.spark.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: a read-only JDBC/ODBC endpoint (HiveServer2 protocol) over the lake for BI tools, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the lake over JDBC/ODBC (Spark Thrift server, HiveServer2 protocol) until stopped: read-only SQL over the"
          + " lake's tables, no file access (docs/serve.md).",
      "Every table folder is a view of its name in database default: jdbc:hive2://HOST:PORT/default",
      "Beyond this machine (--host not a loopback address) it needs --users or LDAP authentication."
    })
final class ServeCommand implements Callable<Integer> {

  // by name: the class implements HiveServer2's interface, which only the Spark 3.5 build has
  private static final String AUTHENTICATOR = "org.disclosurelake.serve.PasswordFileAuthenticator";
  private static final String AUTHENTICATION_CONF = "spark.hadoop.hive.server2.authentication";

  @Spec CommandSpec spec;

  @Option(names = "--lake", required = true, paramLabel = "PATH", description = "Lake folder.")
  String lake;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "10000", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all, with --users).")
  String host;

  @Option(
      names = "--users",
      paramLabel = "FILE",
      description = "Require a user name and password from this users file (salted PBKDF2 hashes; see serve-user).")
  Path users;

  @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve over TLS with this key store (PKCS12 or JKS).")
  Path keystore;

  @Option(
      names = "--tls-keystore-password-file",
      paramLabel = "FILE",
      description = "File whose first line is the key store's password.")
  Path keystorePasswordFile;

  @Override
  public Integer call() throws InterruptedException {
    LocalPaths.expectExisting(spec.commandLine(), "--lake", lake);
    Map<String, String> hive = new LinkedHashMap<>();
    String authentication = authentication(hive);
    boolean tls = tls(hive);
    SparkSession spark = JdbcServer.session(host, port, hive);
    Lake tables = new Lake(spark, lake);
    List<String> views = JdbcServer.register(spark, tables);
    JdbcServer.enforceReadOnly(spark, tables, views);
    JdbcServer.start(spark);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("serving jdbc:hive2://%s:%d/default%s (read-only)%n", host, port, tls ? ";ssl=true" : "");
    out.printf("authentication: %s%n", authentication);
    out.printf("views: %s%n", views.isEmpty() ? "none (no Delta tables in " + lake + ")" : String.join(", ", views));
    out.flush();
    new CountDownLatch(1).await(); // the server threads are daemons: keep the JVM until it is stopped
    return 0;
  }

  /** Checks the authentication settings before Spark starts; returns a description of them. */
  private String authentication(Map<String, String> hive) {
    String configured = new SparkConf().get(AUTHENTICATION_CONF, "NONE").toUpperCase(Locale.ROOT);
    boolean viaConf = !configured.equals("NONE") && !configured.equals("NOSASL");
    String description;
    if (users != null) {
      if (viaConf) {
        throw bad("Cannot combine --users with " + AUTHENTICATION_CONF + "=" + configured);
      }
      PasswordFile file;
      try {
        file = PasswordFile.read(users);
      } catch (IOException e) {
        throw bad("Cannot read --users " + users + ": " + e);
      } catch (IllegalArgumentException e) {
        throw bad(e.getMessage());
      }
      if (file.users().isEmpty()) {
        throw bad("Cannot serve with --users " + users + ": it has no users (add one with serve-user --users "
            + users + " --add NAME)");
      }
      hive.put("hive.server2.authentication", "CUSTOM");
      hive.put("hive.server2.custom.authentication.class", AUTHENTICATOR);
      System.setProperty(PasswordFile.USERS_PROPERTY, users.toAbsolutePath().toString());
      description = "users file " + users.toAbsolutePath() + " (" + file.users().size() + " users)";
    } else if (viaConf) {
      description = configured + " (" + AUTHENTICATION_CONF + ")";
    } else {
      description = "none (loopback only)";
    }
    if (!isLoopback(host) && users == null && !viaConf) {
      throw bad("Cannot serve on " + host + " without authentication: give --users FILE (see serve-user), or LDAP"
          + " with --conf " + AUTHENTICATION_CONF + "=LDAP (docs/serve.md)");
    }
    return description;
  }

  /** Checks the TLS options before Spark starts; true if TLS is on. */
  private boolean tls(Map<String, String> hive) {
    if (keystore == null && keystorePasswordFile == null) {
      return false;
    }
    if (keystore == null || keystorePasswordFile == null) {
      throw bad("Cannot serve over TLS: give both --tls-keystore and --tls-keystore-password-file");
    }
    String password;
    try {
      password = Files.readAllLines(keystorePasswordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
    } catch (IOException e) {
      throw bad("Cannot read --tls-keystore-password-file " + keystorePasswordFile + ": " + e);
    }
    try {
      KeyStore.getInstance(keystore.toFile(), password.toCharArray());
    } catch (IOException | GeneralSecurityException e) {
      throw bad("Cannot open --tls-keystore " + keystore + " with the password of " + keystorePasswordFile + ": "
          + e.getMessage());
    }
    hive.put("hive.server2.use.SSL", "true");
    hive.put("hive.server2.keystore.path", keystore.toAbsolutePath().toString());
    hive.put("hive.server2.keystore.password", password);
    return true;
  }

  private boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw bad("Cannot resolve --host " + address);
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
