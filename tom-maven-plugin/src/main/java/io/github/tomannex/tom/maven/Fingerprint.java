package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Tom;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
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
 * timestamp asked for, and the code that renders (the plugin's version and the bytes of the
 * tom-core, tom-pdf and plugin jars, so a rebuilt snapshot counts as a change). Stored next to the annex with
 * the names of the files it produced.
 */
final class Fingerprint {
  static final String FILE = ".tom-fingerprint";
  private static volatile String codeHash;

  private final String hash;

  private Fingerprint(String hash) {
    this.hash = hash;
  }

  static Fingerprint of(Path catalogue, String options, String languages, String version)
      throws IOException {
    MessageDigest md = sha256();
    update(md, "tom-render-2");
    update(md, version == null ? "" : version);
    update(md, code());
    update(md, options);
    update(md, languages == null ? "" : languages.replace(" ", ""));
    md.update(Files.readAllBytes(catalogue));
    return new Fingerprint(HexFormat.of().formatHex(md.digest()));
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
      return lines.isEmpty() || !lines.get(0).equals(hash) ? null
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

  /** The file names of the last render, when it had this fingerprint and they all exist. */
  List<String> upToDate(Path dir) {
    Path file = dir.resolve(FILE);
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(hash)) {
        return null;
      }
      List<String> names = List.copyOf(lines.subList(1, lines.size()));
      for (String name : names) {
        if (name.contains("/") || name.contains("\\") || !Files.isRegularFile(dir.resolve(name))) {
          return null;
        }
      }
      return names;
    } catch (IOException e) {
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
      return lines.size() < 2 ? List.of() : lines.subList(1, lines.size()).stream()
          .filter(n -> n.matches("annex(-[a-zA-Z0-9-]+)?\\.[a-z]+")).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  void forget(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
  }

  void save(Path dir, List<String> names) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(hash);
    lines.addAll(names);
    RenderMojo.writeAtomically(dir.resolve(FILE),
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The identity of the rendering code, computed once per JVM. */
  private static String code() throws IOException {
    String h = codeHash;
    if (h == null) {
      MessageDigest md = sha256();
      for (Class<?> c : List.of(Tom.class, io.github.tomannex.tom.pdf.PdfRenderer.class,
          Fingerprint.class)) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        Path p = null;
        try {
          p = source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
          // not a file: fall back to the version alone
        }
        if (p != null && Files.isRegularFile(p)) {
          try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) {
              md.update(buf, 0, n);
            }
          }
        }
      }
      h = HexFormat.of().formatHex(md.digest());
      codeHash = h;
    }
    return h;
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
