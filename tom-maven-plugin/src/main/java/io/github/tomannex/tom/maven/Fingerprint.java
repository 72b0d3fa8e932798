package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Tom;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a render depends on, as one SHA-256: the catalogue's bytes, the formats, languages and
 * timestamp asked for, and the code that renders (the plugin's version and the name, size and
 * modification time of every jar on the plugin's class path — tom-core, the plugin and any format
 * added as a plugin dependency, such as tom-pdf — so a rebuilt snapshot counts as a change). Stored
 * next to the annex with the names, sizes, SHA-256 and languages of the files it produced, so a
 * file truncated or changed since is not taken for up to date, and an up-to-date file is attached
 * under its language without reading its name.
 */
final class Fingerprint {
  static final String FILE = ".tom-fingerprint";

  /** The identity of the rendering code, computed once per JVM. */
  private static volatile String codeHash;

  /**
   * A file of the last render: its name and its language (empty for one holding all).
   *
   * @param name the file name
   * @param language the language, as {@link io.github.tomannex.tom.RenderedFile#language()}
   */
  record Recorded(String name, java.util.Optional<String> language) {
    static Recorded of(io.github.tomannex.tom.RenderedFile file) {
      return new Recorded(file.fileName(), file.language());
    }

    /** Whether this is a sub-processor document: its kind's stem starts the name. */
    boolean subprocessors() {
      return name.startsWith(io.github.tomannex.tom.RenderedFile.Kind.SUBPROCESSORS.stem() + ".")
          || name.startsWith(io.github.tomannex.tom.RenderedFile.Kind.SUBPROCESSORS.stem() + "-");
    }
  }

  private final String hash;

  private Fingerprint(String hash) {
    this.hash = hash;
  }

  static Fingerprint of(Path catalogue, String options, List<String> languages, String version)
      throws IOException {
    return of(catalogue, options, languages, version, List.of());
  }

  /**
   * With the files the catalogue reads besides itself ({@code include:}, {@code base:}): an edit to
   * one of them changes the fingerprint.
   */
  static Fingerprint of(
      Path catalogue, String options, List<String> languages, String version, List<Path> inputs)
      throws IOException {
    MessageDigest md = sha256();
    update(md, "tom-render-5");
    update(md, version == null ? "" : version);
    update(md, code());
    update(md, options);
    update(md, languages == null ? "" : String.join(",", languages).replace(" ", ""));
    digest(md, catalogue); // streamed: the size limit is checked before, not here
    for (Path input : inputs) {
      update(md, input.toAbsolutePath().normalize().toString());
      digest(md, input);
    }
    return new Fingerprint(HexFormat.of().formatHex(md.digest()));
  }

  private static void digest(MessageDigest md, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[65536];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
  }

  /** A file's size and SHA-256, as recorded after each name: {@code <size> <sha256>}. */
  private static String contentOf(Path file) throws IOException {
    MessageDigest md = sha256();
    digest(md, file);
    return Files.size(file) + " " + HexFormat.of().formatHex(md.digest());
  }

  /** A short name for a catalogue path, for a per-catalogue record file. */
  static String key(Path catalogue) {
    MessageDigest md = sha256();
    update(md, catalogue.toAbsolutePath().normalize().toString());
    return HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }

  /** The lines of a record with this fingerprint, or null when it has another or none. */
  List<String> recorded(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.isEmpty() || !lines.get(0).equals(hash)
          ? null
          : List.copyOf(lines.subList(1, lines.size()));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Writes a record: this fingerprint, then the lines. */
  void record(Path file, List<String> lines) throws IOException {
    List<String> all = new ArrayList<>();
    all.add(hash);
    all.addAll(lines);
    AtomicFiles.write(file, (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The files of the last render, when it had this fingerprint and each file still has the size and
   * SHA-256 recorded for it.
   */
  List<Recorded> upToDate(Path dir) {
    Path file = dir.resolve(FILE);
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(hash)) {
        return null;
      }
      List<Recorded> files = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
          return null; // a record without the files' contents and languages
        }
        String name = fields[0];
        if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
          return null;
        }
        Path f = dir.resolve(name);
        String recorded = fields[1];
        if (!Files.isRegularFile(f)
            || !recorded.startsWith(Files.size(f) + " ")
            || !recorded.equals(contentOf(f))) {
          return null;
        }
        files.add(
            new Recorded(
                name,
                fields[2].isEmpty()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(fields[2])));
      }
      return List.copyOf(files);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The file names the last render in {@code dir} wrote, whatever its fingerprint. */
  static List<String> previousNames(Path dir) {
    try {
      Path file = dir.resolve(FILE);
      if (!Files.isRegularFile(file)) {
        return List.of();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.size() < 2
          ? List.of()
          : lines.subList(1, lines.size()).stream()
              .map(l -> l.indexOf('\t') < 0 ? l : l.substring(0, l.indexOf('\t')))
              // the annex's and the sub-processor document's files, whose extension may be two
              // names (annex.oscal.json), as OutputFormat allows, and a checksum beside each file
              // (annex.oscal.json.sha256)
              .filter(
                  n ->
                      n.matches(
                          "(annex|subprocessors)(-[a-zA-Z0-9-]+)?\\.[a-z][a-z0-9]{0,15}"
                              + "(\\.[a-z][a-z0-9]{0,15})?(\\.sha256)?"))
              .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  void forget(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
  }

  /**
   * Records this fingerprint with the files just written in {@code dir}: name, size and SHA-256,
   * language.
   */
  void save(Path dir, List<Recorded> files) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(hash);
    for (Recorded f : files) {
      lines.add(
          f.name() + "\t" + contentOf(dir.resolve(f.name())) + "\t" + f.language().orElse(""));
    }
    RenderMojo.writeAtomically(
        dir.resolve(FILE), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The identity of the rendering code, computed once per JVM: {@link #code(List)} of the plugin's
   * class path (Maven's plugin class realm is a URLClassLoader), or of the jars of tom-core and
   * this plugin elsewhere.
   */
  private static String code() {
    String h = codeHash;
    if (h == null) {
      List<Path> jars = new ArrayList<>();
      if (Fingerprint.class.getClassLoader() instanceof URLClassLoader loader) {
        for (URL url : loader.getURLs()) {
          jars.add(pathOf(url));
        }
      } else {
        for (Class<?> c : List.of(Tom.class, Fingerprint.class)) {
          CodeSource source = c.getProtectionDomain().getCodeSource();
          jars.add(source == null ? null : pathOf(source.getLocation()));
        }
      }
      h = code(jars);
      codeHash = h;
    }
    return h;
  }

  private static Path pathOf(URL url) {
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null; // not a file: it does not take part
    }
  }

  /**
   * The identity of the code in these jars: each one's path, size and modification time. Hashing
   * their bytes instead cost 80 to 300 ms in a fresh JVM (about 0.5 MB for tom-core, tom-pdf and
   * the plugin); a rebuilt jar has a new modification time all the same, and a jar rebuilt to the
   * same bytes only costs one render.
   */
  static String code(List<Path> jars) {
    MessageDigest md = sha256();
    for (Path p : jars) {
      if (p != null && Files.isRegularFile(p)) {
        try {
          update(
              md,
              p.toAbsolutePath()
                  + "|"
                  + Files.size(p)
                  + "|"
                  + Files.getLastModifiedTime(p).toMillis());
        } catch (IOException e) {
          update(md, p.toAbsolutePath().toString());
        }
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void update(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
