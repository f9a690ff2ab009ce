package org.disclosurelake.parse;

import java.util.List;

/**
 * Who threw a runtime exception: the first frame outside the JDK. Readers use it to tell a library's complaint about
 * a malformed file (a rejection) from a bug in our callbacks and layout code (an internal error).
 */
public final class ThrowSite {

  private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  private ThrowSite() {}

  /** True when the first non-JDK frame of the exception's stack lies in one of the packages (prefixes). */
  public static boolean in(Throwable e, List<String> packages) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String cls = frame.getClassName();
      if (JDK.stream().noneMatch(cls::startsWith)) {
        return packages.stream().anyMatch(cls::startsWith);
      }
    }
    return false;
  }
}
