package org.disclosurelake.parse.pdf;

/**
 * Makes {@link TableFinder} throw, as a bug of ours would, until closed: tests use it to check that such a bug becomes
 * an internal error everywhere (parse result, run summary, fuzz oracle) instead of a "broken PDF".
 */
public final class TableFinderFault implements AutoCloseable {

  /** The message of the injected exception. */
  public static final String MESSAGE = "injected TableFinder fault";

  private TableFinderFault() {
    TableFinder.faultForTests = () -> {
      throw new IllegalStateException(MESSAGE);
    };
  }

  /** Starts throwing from {@code TableFinder.find}; close to stop. */
  public static TableFinderFault inject() {
    return new TableFinderFault();
  }

  @Override
  public void close() {
    TableFinder.faultForTests = null;
  }
}
