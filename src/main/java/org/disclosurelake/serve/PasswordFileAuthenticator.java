package org.disclosurelake.serve;

import java.io.IOException;
import java.nio.file.Path;
import javax.security.sasl.AuthenticationException;
import org.apache.hive.service.auth.PasswdAuthenticationProvider;

/**
 * HiveServer2 {@code CUSTOM} authentication against the users file named by the system property
 * {@value PasswordFile#USERS_PROPERTY}
 * ({@code serve --users FILE}). HiveServer2 creates one per login, so the file is read at each login: users added
 * with {@code serve-user} can connect without a restart. Compiled only with the Thrift server (the Spark 3.5 line).
 */
public final class PasswordFileAuthenticator implements PasswdAuthenticationProvider {

  @Override
  public void Authenticate(String user, String password) throws AuthenticationException {
    String file = System.getProperty(PasswordFile.USERS_PROPERTY);
    if (file == null) {
      throw new AuthenticationException("Cannot authenticate: no users file (" + PasswordFile.USERS_PROPERTY + " is not set)");
    }
    PasswordFile users;
    try {
      users = PasswordFile.read(Path.of(file));
    } catch (IOException | IllegalArgumentException e) {
      throw new AuthenticationException("Cannot authenticate " + user + ": cannot read the users file", e);
    }
    if (!users.verify(user, password == null ? new char[0] : password.toCharArray())) {
      throw new AuthenticationException("Authentication failed for user " + user);
    }
  }
}
