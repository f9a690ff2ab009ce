package org.disclosurelake.report;

import java.util.Objects;

/**
 * An input file that did not become a report, with the reason.
 *
 * @param source the path
 * @param sha256 hex SHA-256 of the bytes
 * @param size the size in bytes
 * @param reason why it was rejected, e.g. "empty file", "image-only PDF: needs OCR"
 * @param detectedType what the bytes appear to be ("png", "zip", "pdf", "text", "html", …)
 */
public record Rejection(String source, String sha256, long size, String reason, String detectedType) {

  /** The kind of reason given for a bug of our own code, not of the document: see {@link #isInternalError()}. */
  public static final String INTERNAL_ERROR = "internal error";

  public Rejection {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detectedType, "detectedType");
  }

  /** True when the parser failed by a bug of its own rather than because of the document. */
  public boolean isInternalError() {
    return reason.startsWith(INTERNAL_ERROR + ":");
  }
}
