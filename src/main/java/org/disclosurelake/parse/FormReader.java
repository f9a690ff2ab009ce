package org.disclosurelake.parse;

/** Reads one physical form (text, HTML, PDF, Word) into a {@link Body}. */
public interface FormReader {

  /**
   * Reads the document. Never throws for bad content: a document that cannot be read at all yields a
   * {@link RejectedDocumentException}; anything else yields a body, possibly empty, with findings.
   *
   * @param bytes the raw bytes
   * @param source the path or name, for messages only (never opened)
   */
  Body read(byte[] bytes, String source) throws RejectedDocumentException;
}
