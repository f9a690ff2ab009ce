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

  public Rejection {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detectedType, "detectedType");
  }
}
