package org.disclosurelake.parse;

/**
 * Thrown by a reader when a file is not a readable report at all (empty, an image, an encrypted PDF, …); the job
 * turns it into a {@code rejects} row with {@link #getMessage()} as the reason.
 */
public final class RejectedDocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String detectedType;

  public RejectedDocumentException(String reason, String detectedType) {
    super(reason);
    this.detectedType = detectedType;
  }

  /** What the bytes appear to be ("png", "zip", "pdf", "text", …). */
  public String detectedType() {
    return detectedType;
  }
}
