package org.disclosurelake.parse;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The parser's version computed at build time ({@code process-classes}) from its compiled code and data: the classes
 * of {@code org/disclosurelake/parse/} and {@code org/disclosurelake/report/}, every project class they reach through
 * their constant pools (e.g. the gazetteer of {@code agency/}), every resource whose name one of those classes holds
 * as a string constant (e.g. {@code /traditional-to-simplified.tsv}), and the versions of the parsing libraries. Any
 * change there moves the version, so an incremental run re-reads the files an older parser read; nothing is kept by
 * hand. Run as {@code ParserFingerprint CLASSES_DIR PROJECT_VERSION [LIBRARY:VERSION ...]}; it writes
 * {@link ParserVersion#RESOURCE} into the classes folder.
 *
 * <p>{@code ParserFingerprint --resolver CLASSES_DIR PROJECT_VERSION} does the same from the agency resolver's
 * classes ({@link #RESOLVER_ROOTS}) and writes {@link ParserVersion#RESOLVER_RESOURCE}: the derived tables are
 * computed with the resolver, so its version is part of their fingerprint.
 */
public final class ParserFingerprint {

  /** Where the parser's classes start (class-file paths). */
  static final List<String> ROOTS = List.of("org/disclosurelake/parse/", "org/disclosurelake/report/");

  /** Where the agency resolver's classes start. */
  static final List<String> RESOLVER_ROOTS = List.of("org/disclosurelake/agency/");

  /** Hex digits of the fingerprint in the version string. */
  static final int DIGITS = 12;

  private static final Pattern PROJECT_CLASS = Pattern.compile("org/disclosurelake/[A-Za-z0-9_/$]+");

  // constant pool tags (JVMS §4.4) and the bytes each takes after its tag, for the tags other than Utf8
  private static final int UTF8 = 1;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;

  /** What the fingerprint covers: class and resource paths relative to the classes folder, sorted. */
  public record Inputs(List<String> classes, List<String> resources) {
    public Inputs {
      classes = List.copyOf(classes);
      resources = List.copyOf(resources);
    }
  }

  private ParserFingerprint() {}

  /** What a run fingerprints: where its classes start, and the resource and property it writes. */
  private record Target(String what, List<String> roots, String resource, String key) {}

  private static final Target PARSER = new Target("parser", ROOTS, ParserVersion.RESOURCE, ParserVersion.KEY);
  private static final Target RESOLVER = new Target(
      "agency resolver", RESOLVER_ROOTS, ParserVersion.RESOLVER_RESOURCE, ParserVersion.RESOLVER_KEY);

  public static void main(String[] args) throws IOException {
    boolean resolver = args.length > 0 && args[0].equals("--resolver");
    Target target = resolver ? RESOLVER : PARSER;
    List<String> rest = List.of(args).subList(resolver ? 1 : 0, args.length);
    if (rest.size() < 2) {
      throw new IllegalArgumentException(
          "Cannot fingerprint the parser: usage [--resolver] CLASSES_DIR VERSION [LIB:VERSION ...]");
    }
    Path classes = Path.of(rest.get(0));
    List<String> libraries = rest.subList(2, rest.size());
    Inputs inputs = inputs(classes, target.roots());
    String version = rest.get(1) + "+" + fingerprint(classes, inputs, libraries).substring(0, DIGITS);
    String properties = "# written by the build (ParserFingerprint): the " + target.what() + "'s code, data and"
        + " libraries hashed\n"
        + target.key() + "=" + version + "\n"
        + "classes=" + inputs.classes().size() + "\n"
        + "resources=" + String.join(",", inputs.resources()) + "\n"
        + "libraries=" + String.join(",", libraries) + "\n";
    Path out = classes.resolve(target.resource());
    // rewritten only when it changes, so an unchanged build leaves the file (and its time) alone
    if (!Files.exists(out) || !Files.readString(out, StandardCharsets.UTF_8).equals(properties)) {
      Files.writeString(out, properties, StandardCharsets.UTF_8);
    }
    System.out.println(target.what() + " version " + version + " (" + inputs.classes().size() + " classes, "
        + inputs.resources().size() + " resources)");
  }

  /** The classes and resources the parser is made of, found from {@link #ROOTS} through the constant pools. */
  public static Inputs inputs(Path classes) throws IOException {
    return inputs(classes, ROOTS);
  }

  /** The classes and resources reached from these roots (class-file folders) through the constant pools. */
  public static Inputs inputs(Path classes, List<String> roots) throws IOException {
    TreeSet<String> seen = new TreeSet<>();
    TreeSet<String> resources = new TreeSet<>();
    Deque<String> queue = new ArrayDeque<>();
    for (String root : roots) {
      Path dir = classes.resolve(root);
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException("Cannot fingerprint the parser: no classes under " + dir);
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(p -> p.toString().endsWith(".class")).map(p -> relative(classes, p)).forEach(queue::add);
      }
    }
    while (!queue.isEmpty()) {
      String name = queue.poll();
      if (!seen.add(name)) {
        continue;
      }
      for (String constant : utf8Constants(Files.readAllBytes(classes.resolve(name)))) {
        Matcher m = PROJECT_CLASS.matcher(constant);
        while (m.find()) {
          String referenced = m.group() + ".class";
          if (!seen.contains(referenced) && Files.isRegularFile(classes.resolve(referenced))) {
            queue.add(referenced);
          }
        }
        String resource = constant.startsWith("/") ? constant.substring(1) : constant;
        if (isResource(classes, resource)) {
          resources.add(resource);
        }
      }
    }
    return new Inputs(new ArrayList<>(seen), new ArrayList<>(resources));
  }

  /** SHA-256 (hex) over every input's path and bytes, in sorted order, then the library coordinates. */
  public static String fingerprint(Path classes, Inputs inputs, List<String> libraries) throws IOException {
    MessageDigest digest = sha256();
    List<String> all = new ArrayList<>(inputs.classes());
    all.addAll(inputs.resources());
    for (String name : all) {
      byte[] content = Files.readAllBytes(classes.resolve(name));
      digest.update((name + "\0" + content.length + "\0").getBytes(StandardCharsets.UTF_8));
      digest.update(content);
    }
    for (String library : libraries) {
      digest.update(("lib\0" + library + "\0").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static boolean isResource(Path classes, String name) {
    // the version's own resource is the output, not an input
    if (name.isEmpty() || name.equals(ParserVersion.RESOURCE) || name.equals(ParserVersion.RESOLVER_RESOURCE)
        || name.length() > 200 || name.endsWith(".class") || name.contains("..")
        || !name.matches("[A-Za-z0-9_./-]+\\.[A-Za-z0-9.]+")) {
      return false;
    }
    return Files.isRegularFile(classes.resolve(name));
  }

  /** Every CONSTANT_Utf8 string of a class file (class names, descriptors, string literals). */
  static List<String> utf8Constants(byte[] classFile) {
    List<String> out = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalStateException("Cannot read class file: bad magic number");
      }
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case UTF8 -> out.add(in.readUTF());
          case 7, 8, 16, 19, 20 -> in.skipBytes(2); // Class, String, MethodType, Module, Package
          case 15 -> in.skipBytes(3); // MethodHandle
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // Integer, Float, refs, NameAndType, dynamic
          case LONG, DOUBLE -> {
            in.skipBytes(8);
            i++; // takes two slots
          }
          default -> throw new IllegalStateException("Cannot read class file: constant pool tag " + tag);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read class file", e);
    }
    return out;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash: SHA-256 missing from this JVM", e);
    }
  }
}
