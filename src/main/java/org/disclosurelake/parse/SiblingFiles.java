package org.disclosurelake.parse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files named relative to a document, such as the pictures an HTML report shows with {@code <img src="t3.png">}.
 * The parser otherwise sees one document's bytes; this is the one door to its neighbours, and it opens only on the
 * local file system, inside the document's own folder ({@code InvalidPathException} is an
 * {@code IllegalArgumentException}: a reference no path can be made of reads nothing).
 */
@FunctionalInterface
public interface SiblingFiles {

  /** Files beside documents are never read. */
  SiblingFiles NONE = (source, relative) -> Optional.empty();

  /** Larger files are not read. */
  long MAX_BYTES = 20L << 20;

  /**
   * The bytes of the file {@code relative} names beside the document {@code source} (a path or a {@code file:} URI),
   * or empty when there is none, it is not a local file, or it lies outside the document's folder.
   */
  Optional<byte[]> read(String source, String relative);

  /**
   * The path of the file {@code relative} names beside {@code source}, written in the form of {@code source} (the
   * folder part of {@code source} followed by the file's path inside that folder), whether or not that file exists
   * now; empty when {@link #read} would never read it (not a local file, outside the document's folder). The lake
   * records it, so that a run re-reads a document when a file beside it that it read, or looked for and did not
   * find, changes or appears.
   */
  default Optional<String> locate(String source, String relative) {
    return Optional.empty();
  }

  /**
   * Reads siblings on the local file system: {@code source} a path or a {@code file:} URI (as Spark's
   * {@code binaryFile} writes them), {@code relative} a relative reference without scheme, resolved in the
   * document's folder and refused if it leaves that folder. Other schemes (object storage, http) read nothing.
   */
  static SiblingFiles local() {
    return new SiblingFiles() {
      @Override
      public Optional<byte[]> read(String source, String relative) {
        try {
          Optional<Path> file = sibling(source, relative);
          if (file.isEmpty() || !Files.isRegularFile(file.get()) || Files.size(file.get()) > MAX_BYTES) {
            return Optional.empty();
          }
          return Optional.of(Files.readAllBytes(file.get()));
        } catch (IOException | IllegalArgumentException e) {
          return Optional.empty(); // an unreadable neighbour is a picture left unread, never a failed parse
        }
      }

      @Override
      public Optional<String> locate(String source, String relative) {
        try {
          Optional<Path> folder = folderOf(source);
          Optional<Path> file = sibling(source, relative);
          if (folder.isEmpty() || file.isEmpty()) {
            return Optional.empty();
          }
          String inside = folder.get().relativize(file.get()).toString().replace('\\', '/');
          return Optional.of(source.substring(0, source.replace('\\', '/').lastIndexOf('/') + 1) + inside);
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    };
  }

  /** The file {@code relative} names inside the folder of {@code source}; empty when it names none there. */
  private static Optional<Path> sibling(String source, String relative) {
    Optional<Path> folder = folderOf(source);
    String ref = URLDecoder.decode(relative.replace("+", "%2B").split("[?#]", 2)[0], StandardCharsets.UTF_8);
    if (folder.isEmpty() || ref.isEmpty() || ref.contains(":") || ref.startsWith("/") || ref.startsWith("\\")) {
      return Optional.empty();
    }
    Path file = folder.get().resolve(ref).normalize();
    return file.startsWith(folder.get()) ? Optional.of(file) : Optional.empty();
  }

  private static Optional<Path> folderOf(String source) {
    try {
      Path doc;
      if (source.startsWith("file:")) {
        doc = Path.of(new URI(source));
      } else if (source.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
        return Optional.empty(); // s3a:, abfss:, hdfs:, http: — not a local file
      } else {
        doc = Path.of(source);
      }
      Path parent = doc.toAbsolutePath().normalize().getParent();
      return parent == null ? Optional.empty() : Optional.of(parent);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
