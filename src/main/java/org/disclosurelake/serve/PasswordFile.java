package org.disclosurelake.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The users of {@code serve}: one {@code NAME:pbkdf2-sha256:ITERATIONS:SALT:HASH} line per user (salt and hash in
 * Base64), PBKDF2 with HMAC-SHA256 from the JDK, a random salt per user; blank lines and {@code #} comments are
 * ignored. Immutable: {@link #withUser} and {@link #withoutUser} return a new file.
 */
public final class PasswordFile {

  /** The system property naming the users file of a running {@code serve} (its HiveServer2 authenticator reads it). */
  public static final String USERS_PROPERTY = "disclosurelake.serve.users";

  /** PBKDF2-HMAC-SHA256 iterations for new passwords (OWASP's 2023 recommendation). */
  public static final int DEFAULT_ITERATIONS = 600_000;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final int MIN_ITERATIONS = 1_000;
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  // compared against when the user is unknown, so a wrong name costs as much time as a wrong password
  private static final Entry ABSENT = new Entry("", DEFAULT_ITERATIONS, new byte[SALT_BYTES], new byte[HASH_BYTES]);

  private final Map<String, Entry> entries;

  private PasswordFile(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** A file without users. */
  public static PasswordFile empty() {
    return new PasswordFile(new LinkedHashMap<>());
  }

  /** Reads a users file; throws with the file, line number and reason on the first bad line. */
  public static PasswordFile read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses the lines of a users file named {@code source} in error messages. */
  public static PasswordFile parse(List<String> lines, String source) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Entry entry;
      try {
        entry = Entry.parse(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Cannot read users file " + source + ": line " + (i + 1) + ": " + e.getMessage());
      }
      if (entries.putIfAbsent(entry.user(), entry) != null) {
        throw new IllegalArgumentException(
            "Cannot read users file " + source + ": line " + (i + 1) + ": user " + entry.user() + " appears twice");
      }
    }
    return new PasswordFile(entries);
  }

  /** The user names, in file order. */
  public List<String> users() {
    return List.copyOf(entries.keySet());
  }

  /** Whether the password is the user's; false for an unknown user, after the same work as for a known one. */
  public boolean verify(String user, char[] password) {
    Entry entry = user == null ? null : entries.get(user);
    boolean match = (entry == null ? ABSENT : entry).matches(password);
    return entry != null && match;
  }

  /** This file with the user added, or their password replaced, hashed with a fresh random salt. */
  public PasswordFile withUser(String user, char[] password, int iterations, SecureRandom random) {
    expectUser(user);
    if (password.length == 0) {
      throw new IllegalArgumentException("Cannot set an empty password for " + user);
    }
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException("Cannot hash with " + iterations + " iterations: at least " + MIN_ITERATIONS);
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Map<String, Entry> next = new LinkedHashMap<>(entries);
    next.put(user, new Entry(user, iterations, salt, pbkdf2(password, salt, iterations)));
    return new PasswordFile(next);
  }

  /** This file without the user; empty if the user was absent. */
  public Optional<PasswordFile> withoutUser(String user) {
    if (!entries.containsKey(user)) {
      return Optional.empty();
    }
    Map<String, Entry> next = new LinkedHashMap<>(entries);
    next.remove(user);
    return Optional.of(new PasswordFile(next));
  }

  /** The file's lines. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    entries.values().forEach(e -> out.add(e.line()));
    return out;
  }

  /** Writes the file readable by its owner only, replacing the previous one atomically. */
  public void write(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the folder's access rules apply
      }
      Files.write(tmp, lines(), StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Throws unless the name can be a user of the file. */
  public static void expectUser(String user) {
    if (user == null || !USER.matcher(user).matches()) {
      throw new IllegalArgumentException("Cannot use user name '" + user + "': 1 to 64 of A-Z a-z 0-9 . _ @ -");
    }
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot hash a password with " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }

  /** One user's line. */
  private record Entry(String user, int iterations, byte[] salt, byte[] hash) {

    static Entry parse(String line) {
      String[] f = line.split(":", -1);
      if (f.length != 5) {
        throw new IllegalArgumentException("expected NAME:" + SCHEME + ":ITERATIONS:SALT:HASH, got " + f.length + " fields");
      }
      expectUser(f[0]);
      if (!SCHEME.equals(f[1])) {
        throw new IllegalArgumentException("unknown scheme '" + f[1] + "' (expected " + SCHEME + ")");
      }
      int iterations;
      try {
        iterations = Integer.parseInt(f[2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("iterations '" + f[2] + "' is not a number");
      }
      if (iterations < MIN_ITERATIONS) {
        throw new IllegalArgumentException("iterations " + iterations + " below " + MIN_ITERATIONS);
      }
      byte[] salt = base64(f[3], "salt");
      byte[] hash = base64(f[4], "hash");
      if (salt.length < 8 || hash.length != HASH_BYTES) {
        throw new IllegalArgumentException("salt of " + salt.length + " bytes or hash of " + hash.length
            + " bytes (expected at least 8 and " + HASH_BYTES + ")");
      }
      return new Entry(f[0], iterations, salt, hash);
    }

    private static byte[] base64(String text, String what) {
      try {
        return Base64.getDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(what + " is not Base64");
      }
    }

    boolean matches(char[] password) {
      // constant time: MessageDigest.isEqual looks at every byte whatever the first difference
      return MessageDigest.isEqual(hash, pbkdf2(password, salt, iterations));
    }

    String line() {
      Base64.Encoder b64 = Base64.getEncoder();
      return user + ":" + SCHEME + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }
  }
}
