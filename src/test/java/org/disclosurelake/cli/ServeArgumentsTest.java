package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's security options fail in milliseconds, with exit code 2 and one line, before any Spark session exists. */
class ServeArgumentsTest {

  @TempDir Path tmp;

  private Path lake;

  @BeforeEach
  void lake() throws IOException {
    lake = Files.createDirectories(tmp.resolve("lake"));
  }

  private static String refused(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    assertEquals(2, code, err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    return err.toString().strip();
  }

  @Test
  void refusesAnAddressBeyondLoopbackWithoutAuthentication() {
    String err = refused("serve", "--lake", lake.toString(), "--host", "0.0.0.0");
    assertTrue(err.startsWith("disclosure-lake serve: Cannot serve on 0.0.0.0 without authentication"), err);
  }

  @Test
  void refusesAUsersFileWithoutUsersOrWithABadLine() throws IOException {
    Path empty = Files.writeString(tmp.resolve("empty"), "# nobody yet\n");
    assertTrue(refused("serve", "--lake", lake.toString(), "--users", empty.toString()).contains("it has no users"));
    Path bad = Files.writeString(tmp.resolve("bad"), "# users\nalice:plain:secret\n");
    String err = refused("serve", "--lake", lake.toString(), "--users", bad.toString(), "--host", "0.0.0.0");
    assertTrue(err.contains("Cannot read users file " + bad + ": line 2:"), err);
  }

  @Test
  void refusesHalfATlsSettingAndAWrongKeyStorePassword() throws Exception {
    Path keystore = tmp.resolve("server.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    try (OutputStream out = Files.newOutputStream(keystore)) {
      store.store(out, "right".toCharArray());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    String err = refused("serve", "--lake", lake.toString(), "--tls-keystore", keystore.toString());
    assertTrue(err.contains("give both --tls-keystore and --tls-keystore-password-file"), err);
    Path wrong = Files.writeString(tmp.resolve("password"), "wrong\n");
    err = refused("serve", "--lake", lake.toString(), "--tls-keystore", keystore.toString(), "--tls-keystore-password-file",
        wrong.toString());
    assertTrue(err.contains("Cannot open --tls-keystore " + keystore), err);
  }

  @Test
  void serveUserRefusesABadNameAndAMissingFile() {
    assertTrue(refused("serve-user", "--users", tmp.resolve("users").toString(), "--add", "a:b").contains("Cannot use user name 'a:b'"));
    assertTrue(refused("serve-user", "--users", tmp.resolve("none").toString(), "--list").contains("no such file"));
  }
}
