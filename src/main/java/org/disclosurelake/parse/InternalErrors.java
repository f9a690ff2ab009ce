package org.disclosurelake.parse;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelake.report.Rejection;

/**
 * The one place where an exception of our own code becomes a rejection: reason {@code internal error: <class>:
 * <message> at <our first frames>}, so a bug is visible in the {@code rejects} table, counted apart in the run
 * summary, and fails the fuzz oracle, while the batch goes on.
 */
public final class InternalErrors {

  /** Frames of our code kept in the reason. */
  private static final int FRAMES = 3;

  private static final String OUR_PACKAGE = "org.disclosurelake.";

  private InternalErrors() {}

  /** The rejection of a document whose parse ended in the given exception of our own code. */
  public static Rejection rejection(String source, String sha256, long size, String detectedType, Throwable bug) {
    return new Rejection(source, sha256, size, reason(bug), detectedType);
  }

  /** {@code internal error: java.lang.IllegalStateException: boom at parse.pdf.TableFinder.find(TableFinder.java:30) < …}. */
  public static String reason(Throwable bug) {
    StringBuilder out = new StringBuilder(Rejection.INTERNAL_ERROR).append(": ").append(bug);
    List<String> frames = frames(bug.getStackTrace());
    if (!frames.isEmpty()) {
      out.append(" at ").append(String.join(" < ", frames));
    }
    return out.toString();
  }

  /** Our first frames (the package prefix dropped); the first frames of all when none is ours. */
  private static List<String> frames(StackTraceElement[] stack) {
    List<String> ours = new ArrayList<>();
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith(OUR_PACKAGE) && ours.size() < FRAMES) {
        ours.add(frame.toString().substring(OUR_PACKAGE.length()));
      }
    }
    if (!ours.isEmpty()) {
      return ours;
    }
    List<String> any = new ArrayList<>();
    for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
      any.add(stack[i].toString());
    }
    return any;
  }
}
