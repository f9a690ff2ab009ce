package org.disclosurelake.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.disclosurelake.serve.PasswordFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve-user}: adds, replaces, removes or lists the users of a {@code serve --users} file. */
@Command(
    name = "serve-user",
    mixinStandardHelpOptions = true,
    description = {
      "Manage the users file of serve --users: one line per user with a salted PBKDF2-HMAC-SHA256 hash.",
      "--add asks for the password twice on a terminal, or reads its first line from standard input",
      "(printf '%%s\\n' \"$PW\" | disclosure-lake serve-user --users FILE --add NAME). A running serve sees changes"
          + " at the next login."
    })
final class ServeUserCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--users", required = true, paramLabel = "FILE", description = "Users file (created if missing, mode 600).")
  Path users;

  @ArgGroup(multiplicity = "1")
  Action action;

  static final class Action {
    @Option(names = "--add", paramLabel = "NAME", description = "Add the user, or replace their password.")
    String add;

    @Option(names = "--remove", paramLabel = "NAME", description = "Remove the user.")
    String remove;

    @Option(names = "--list", description = "List the user names.")
    boolean list;
  }

  @Override
  public Integer call() throws IOException {
    PasswordFile file = read();
    PrintWriter out = spec.commandLine().getOut();
    if (action.list) {
      file.users().forEach(out::println);
    } else if (action.remove != null) {
      PasswordFile rest =
          file.withoutUser(action.remove).orElseThrow(() -> bad("Cannot remove " + action.remove + ": no such user in " + users));
      rest.write(users);
      out.printf("removed %s from %s%n", action.remove, users);
    } else {
      try {
        PasswordFile.expectUser(action.add);
      } catch (IllegalArgumentException e) {
        throw bad(e.getMessage());
      }
      char[] password = password();
      try {
        file.withUser(action.add, password, PasswordFile.DEFAULT_ITERATIONS, new SecureRandom()).write(users);
      } finally {
        Arrays.fill(password, '\0');
      }
      out.printf("%s %s in %s%n", file.users().contains(action.add) ? "replaced the password of" : "added", action.add, users);
    }
    out.flush();
    return 0;
  }

  private PasswordFile read() throws IOException {
    if (!Files.exists(users)) {
      if (action.add == null) {
        throw bad("Cannot read --users " + users + ": no such file");
      }
      return PasswordFile.empty();
    }
    try {
      return PasswordFile.read(users);
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  /** The new password: typed twice on a terminal, else the first line of standard input. */
  private char[] password() throws IOException {
    Console console = System.console();
    char[] password;
    if (console != null) {
      password = console.readPassword("Password for %s: ", action.add);
      char[] again = console.readPassword("Again: ");
      boolean same = password != null && Arrays.equals(password, again);
      if (again != null) {
        Arrays.fill(again, '\0');
      }
      if (!same) {
        throw bad("Cannot set the password of " + action.add + ": the two entries differ");
      }
    } else {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      password = line == null ? new char[0] : line.toCharArray();
    }
    if (password.length == 0) {
      throw bad("Cannot set an empty password for " + action.add);
    }
    return password;
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
