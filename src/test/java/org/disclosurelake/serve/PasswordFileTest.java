package org.disclosurelake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordFileTest {

  // fewer iterations than the default, so the test runs in milliseconds; the scheme is the same
  private static final int ITERATIONS = 1_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path tmp;

  private static PasswordFile withAliceAndBob() {
    return PasswordFile.empty()
        .withUser("alice", "s3cret".toCharArray(), ITERATIONS, RANDOM)
        .withUser("bob", "s3cret".toCharArray(), ITERATIONS, RANDOM);
  }

  @Test
  void verifiesTheRightPasswordOnly() {
    PasswordFile users = withAliceAndBob();
    assertTrue(users.verify("alice", "s3cret".toCharArray()));
    assertFalse(users.verify("alice", "s3cret ".toCharArray()));
    assertFalse(users.verify("alice", "".toCharArray()));
    assertFalse(users.verify("carol", "s3cret".toCharArray()));
    assertFalse(users.verify(null, "s3cret".toCharArray()));
  }

  @Test
  void saltsEveryUserApart() {
    List<String> lines = withAliceAndBob().lines();
    assertEquals(2, lines.size());
    String alice = lines.get(0).substring(lines.get(0).indexOf(':'));
    String bob = lines.get(1).substring(lines.get(1).indexOf(':'));
    assertNotEquals(alice, bob, "same password, same hash: no salt");
    assertTrue(lines.get(0).startsWith("alice:pbkdf2-sha256:1000:"), lines.get(0));
    assertFalse(String.join("\n", lines).contains("s3cret"));
  }

  @Test
  void survivesItsOwnLinesWithCommentsAndBlanks() {
    List<String> lines = new java.util.ArrayList<>(withAliceAndBob().lines());
    lines.add(0, "# users of serve");
    lines.add(1, "");
    PasswordFile read = PasswordFile.parse(lines, "users");
    assertEquals(List.of("alice", "bob"), read.users());
    assertTrue(read.verify("bob", "s3cret".toCharArray()));
  }

  @Test
  void replacesAndRemovesAUser() {
    PasswordFile users = withAliceAndBob().withUser("alice", "new".toCharArray(), ITERATIONS, RANDOM);
    assertFalse(users.verify("alice", "s3cret".toCharArray()));
    assertTrue(users.verify("alice", "new".toCharArray()));
    assertEquals(List.of("alice", "bob"), users.users());
    assertEquals(List.of("bob"), users.withoutUser("alice").orElseThrow().users());
    assertTrue(users.withoutUser("carol").isEmpty());
  }

  @Test
  void refusesBadNamesEmptyPasswordsAndTooFewIterations() {
    PasswordFile empty = PasswordFile.empty();
    assertThrows(IllegalArgumentException.class, () -> empty.withUser("a:b", "x".toCharArray(), ITERATIONS, RANDOM));
    assertThrows(IllegalArgumentException.class, () -> empty.withUser("", "x".toCharArray(), ITERATIONS, RANDOM));
    assertThrows(IllegalArgumentException.class, () -> empty.withUser("alice", new char[0], ITERATIONS, RANDOM));
    assertThrows(IllegalArgumentException.class, () -> empty.withUser("alice", "x".toCharArray(), 10, RANDOM));
  }

  @Test
  void writesAFileOnlyItsOwnerReads() throws IOException {
    Path file = tmp.resolve("users");
    withAliceAndBob().write(file);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(PasswordFile.read(file).verify("alice", "s3cret".toCharArray()));
    try (var listing = Files.list(tmp)) {
      assertEquals(1, listing.count(), "a temporary file was left behind");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "alice | expected NAME:pbkdf2-sha256:ITERATIONS:SALT:HASH, got 1 fields",
        "alice:pbkdf2-sha256:1000:AAAAAAAAAAAAAAAAAAAAAA== | got 4 fields",
        "alice:md5:1000:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | unknown scheme 'md5'",
        "alice:pbkdf2-sha256:many:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | iterations 'many' is not a number",
        "alice:pbkdf2-sha256:10:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | iterations 10 below 1000",
        "alice:pbkdf2-sha256:1000:not base64!:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | salt is not Base64",
        "alice:pbkdf2-sha256:1000:AAAAAAAAAAAAAAAAAAAAAA==:AAAA | hash of 3 bytes",
        "al ice:pbkdf2-sha256:1000:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | Cannot use user name 'al ice'"
      })
  void namesTheFileLineAndReasonOfABadLine(String line, String reason) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.parse(List.of("# users", line), "users.txt"));
    assertTrue(e.getMessage().startsWith("Cannot read users file users.txt: line 2: "), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void refusesAUserListedTwice() {
    String line = withAliceAndBob().lines().get(0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.parse(List.of(line, line), "users.txt"));
    assertTrue(e.getMessage().contains("line 2: user alice appears twice"), e.getMessage());
  }
}
