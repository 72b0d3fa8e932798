package io.github.tomannex.tom.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  @Test
  void upToDateOnlyWithTheSameInputsAndAllFilesPresent(@TempDir Path dir) throws Exception {
    Path catalogue = dir.resolve("c.yaml");
    Files.writeString(catalogue, "tom: 1\n");
    Path out = Files.createDirectories(dir.resolve("out"));
    Fingerprint f = Fingerprint.of(catalogue, "md,", List.of(), "1.0");
    assertNull(f.upToDate(out), "nothing rendered yet");
    Files.writeString(out.resolve("annex-de.md"), "x");
    f.save(out, List.of(new Fingerprint.Recorded("annex-de.md", Optional.of("de"))));
    assertEquals(
        List.of(new Fingerprint.Recorded("annex-de.md", Optional.of("de"))),
        f.upToDate(out),
        "the names and languages recorded");
    assertEquals(List.of("annex-de.md"), Fingerprint.previousNames(out));

    assertNull(
        Fingerprint.of(catalogue, "md,html,", List.of(), "1.0").upToDate(out), "other formats");
    assertNull(
        Fingerprint.of(catalogue, "md,", List.of("de"), "1.0").upToDate(out), "other languages");
    assertNull(Fingerprint.of(catalogue, "md,", List.of(), "1.1").upToDate(out), "other plugin");
    Files.writeString(catalogue, "tom: 1\n# changed\n");
    assertNull(Fingerprint.of(catalogue, "md,", List.of(), "1.0").upToDate(out), "other catalogue");
    Files.writeString(catalogue, "tom: 1\n");
    Files.delete(out.resolve("annex-de.md"));
    assertNull(f.upToDate(out), "a file is missing");
    f.forget(out);
    assertEquals(List.of(), Fingerprint.previousNames(out));
  }

  @Test
  void aTruncatedOrChangedOutputIsNotUpToDate(@TempDir Path dir) throws Exception {
    Path catalogue = dir.resolve("c.yaml");
    Files.writeString(catalogue, "tom: 1\n");
    Path out = Files.createDirectories(dir.resolve("out"));
    Fingerprint f = Fingerprint.of(catalogue, "md,", List.of(), "1.0");
    Files.writeString(out.resolve("annex-de.md"), "# Anlage\nText\n");
    Files.writeString(out.resolve("annex.json"), "{}\n");
    List<Fingerprint.Recorded> files =
        List.of(
            new Fingerprint.Recorded("annex-de.md", Optional.of("de")),
            new Fingerprint.Recorded("annex.json", Optional.empty()));
    f.save(out, files);
    assertEquals(files, f.upToDate(out));
    assertEquals(List.of("annex-de.md", "annex.json"), Fingerprint.previousNames(out));

    try (java.io.RandomAccessFile raf =
        new java.io.RandomAccessFile(out.resolve("annex-de.md").toFile(), "rw")) {
      raf.setLength(5); // cut off, as by a full disk or a killed copy
    }
    assertNull(f.upToDate(out), "a truncated file");
    Files.writeString(out.resolve("annex-de.md"), "# Anlage\nText\n");
    assertEquals(files, f.upToDate(out), "restored");
    Files.writeString(out.resolve("annex-de.md"), "# Anlage\nTexT\n");
    assertNull(f.upToDate(out), "a file of the same size with other content");
    Files.writeString(out.resolve("annex-de.md"), "# Anlage\nText\n");
    // a record of the earlier format, names without sizes and hashes, does not count
    Files.writeString(
        out.resolve(Fingerprint.FILE),
        Files.readAllLines(out.resolve(Fingerprint.FILE)).get(0) + "\nannex-de.md\nannex.json\n");
    assertNull(f.upToDate(out), "a record without hashes");
    // nor one of the format before, with hashes but without languages
    List<String> lines = Files.readAllLines(out.resolve(Fingerprint.FILE));
    f.save(out, files);
    List<String> now = Files.readAllLines(out.resolve(Fingerprint.FILE));
    Files.writeString(
        out.resolve(Fingerprint.FILE),
        now.get(0)
            + "\n"
            + now.get(1).substring(0, now.get(1).lastIndexOf('\t'))
            + "\n"
            + now.get(2).substring(0, now.get(2).lastIndexOf('\t'))
            + "\n");
    assertNull(f.upToDate(out), "a record without languages");
    assertEquals(2, lines.size() - 1);
    assertEquals(List.of("annex-de.md", "annex.json"), Fingerprint.previousNames(out));
  }

  @Test
  void theCodeIsTheSameUntilAJarIsRebuilt(@TempDir Path dir) throws Exception {
    Path core = Files.write(dir.resolve("tom-core.jar"), new byte[] {1, 2, 3});
    Path plugin = Files.write(dir.resolve("tom-maven-plugin.jar"), new byte[] {4, 5});
    List<Path> jars = java.util.Arrays.asList(core, plugin, null, dir.resolve("missing.jar"));
    String code = Fingerprint.code(jars);
    assertEquals(code, Fingerprint.code(jars), "the same jars");
    Files.setLastModifiedTime(
        plugin,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(plugin).toMillis() - 60_000));
    org.junit.jupiter.api.Assertions.assertNotEquals(
        code, Fingerprint.code(jars), "a jar written at another time: a rebuilt snapshot");
    String before = Fingerprint.code(jars);
    Files.write(core, new byte[] {1, 2, 3, 4});
    org.junit.jupiter.api.Assertions.assertNotEquals(
        before, Fingerprint.code(jars), "a jar of another size");
  }

  @Test
  void previousNamesIgnoresAnythingButAnnexFiles(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve(Fingerprint.FILE),
        "abc\nannex-de.md\n../../etc/passwd\nannex.json\nannex.oscal.json\nannex.a.b.c\n");
    assertEquals(
        List.of("annex-de.md", "annex.json", "annex.oscal.json"), Fingerprint.previousNames(dir));
  }

  /** A language or format dropped leaves no stale sub-processor file or checksum behind. */
  @Test
  void previousNamesIncludeTheSubprocessorFiles(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve(Fingerprint.FILE),
        "abc\nsubprocessors-en.pdf\nsubprocessors-en.pdf.sha256\nsubprocessors.json\n"
            + "changes-en.md\nsubprocessors/../x\n");
    assertEquals(
        List.of("subprocessors-en.pdf", "subprocessors-en.pdf.sha256", "subprocessors.json"),
        Fingerprint.previousNames(dir));
  }
}
