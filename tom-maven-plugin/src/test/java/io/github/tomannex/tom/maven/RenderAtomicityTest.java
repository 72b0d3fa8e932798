package io.github.tomannex.tom.maven;

import static io.github.tomannex.tom.maven.AtomicFilesTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render goal as a whole: a render or a write that fails midway leaves the last annex, and its
 * fingerprint, exactly as they were, with no temporary or partial file beside them.
 */
class RenderAtomicityTest {
  static final String CATALOGUE =
      """
      tom: 1
      document:
        label: {de: "Anlage 2", en: "Annex 2"}
        title: {de: "Technische und organisatorische Maßnahmen", en: "Technical and organisational measures"}
        version: "1.0"
        effective: 2026-01-15
        languages: [de, en]
        processor:
          name: IT Beispiel GmbH
      review:
        interval: P1Y
        last: 2026-01-10
      measures:
        - id: enc-disk
          category: encryption
          text: {de: "Festplatten sind mit AES-256 verschlüsselt.", en: "Disks are encrypted with AES-256."}
        - id: pa-badge
          category: physical-access
          text: {de: "Zutritt nur mit Ausweis (%s)", en: "Entry with a badge only (%s)"}
      # the plugin checks against the real date: the review falling due must not break these tests
      lint:
        REV-001: warning
      """;

  /** The log lines at INFO, to see "up to date"; the catalogue's lint warnings not shown. */
  static final class Log extends SystemStreamLog {
    final List<String> info = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      info.add(content.toString());
      super.info(content);
    }

    @Override
    public void warn(CharSequence content) {}
  }

  private static RenderMojo mojo(Path base, String formats, String languages) {
    RenderMojo mojo = new RenderMojo();
    mojo.setLog(new Log());
    mojo.basedir = base.toFile();
    mojo.executionRoot = base.toFile();
    mojo.catalogue = base.resolve("src/tom/catalogue.yaml").toFile();
    mojo.outputDirectory = base.resolve("target/tom").toFile();
    mojo.formats = List.of(formats.split(",")); // as Maven splits -Dtom.formats=md,html
    mojo.languages = languages == null ? null : List.of(languages.split(","));
    mojo.diagnostics = "none";
    mojo.tomVersion = "test";
    mojo.classifier = "tom";
    return mojo; // no project: nothing to attach
  }

  private static void catalogue(Path base, String edition) throws IOException {
    Path file = base.resolve("src/tom/catalogue.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, CATALOGUE.formatted(edition, edition));
  }

  /** The names, and beside each file (not the dot files) its checksum file {@code .sha256}. */
  private static Set<String> withChecksums(String... names) {
    Set<String> all = new java.util.TreeSet<>();
    for (String n : names) {
      all.add(n);
      if (!n.startsWith(".")) {
        all.add(n + ".sha256");
      }
    }
    return all;
  }

  private static boolean upToDate(RenderMojo mojo) {
    return ((Log) mojo.getLog()).info.stream().anyMatch(l -> l.contains("is up to date"));
  }

  @Test
  void aWriteFailingMidwayLeavesTheLastAnnexAndItsFingerprint(@TempDir Path base) throws Exception {
    Path out = base.resolve("target/tom");
    catalogue(base, "first");
    mojo(base, "md,html,json", "de").execute();
    assertEquals(
        withChecksums(
            ".tom-fingerprint",
            "annex-de.md",
            "annex-de.html",
            "annex.json",
            "subprocessors-de.md",
            "subprocessors-de.html",
            "subprocessors.json"),
        snapshot(out).keySet());
    assertTrue(Files.readString(out.resolve("annex-de.html")).contains("(first)"));

    // the next render has all languages, a changed text, and annex-en.html cannot be written:
    // it is a directory. Files are staged in the order annex-de.md, annex-en.md,
    // annex-de.html, annex-en.html, annex.json, so three are written before the failure.
    Path blocker = Files.createDirectories(out.resolve("annex-en.html"));
    Files.writeString(blocker.resolve("keep"), "k");
    Map<String, String> before = snapshot(out);
    catalogue(base, "second");
    MojoExecutionException e =
        assertThrows(MojoExecutionException.class, () -> mojo(base, "md,html,json", "").execute());
    assertTrue(
        e.getMessage().startsWith("tom: cannot write the annex to target/tom: "), e.getMessage());
    assertTrue(e.getMessage().contains("annex-en.html"), e.getMessage());
    assertEquals(before, snapshot(out), "files changed, or temporary files left");

    // the fingerprint still describes the files: the first render's inputs are up to date
    Files.delete(blocker.resolve("keep"));
    Files.delete(blocker);
    catalogue(base, "first");
    RenderMojo again = mojo(base, "md,html,json", "de");
    again.execute();
    assertTrue(upToDate(again), ((Log) again.getLog()).info.toString());

    // and with the obstacle gone the changed render goes through
    catalogue(base, "second");
    RenderMojo second = mojo(base, "md,html,json", "");
    second.execute();
    assertFalse(upToDate(second));
    Map<String, String> after = snapshot(out);
    assertEquals(
        withChecksums(
            ".tom-fingerprint",
            "annex-de.md",
            "annex-en.md",
            "annex-de.html",
            "annex-en.html",
            "annex.json",
            "subprocessors-de.md",
            "subprocessors-en.md",
            "subprocessors-de.html",
            "subprocessors-en.html",
            "subprocessors.json"),
        after.keySet());
    assertTrue(after.get("annex-en.html").contains("(second)"));
  }

  @Test
  void aRenderErrorInOneFormatWritesNoFileAtAll(@TempDir Path base) throws Exception {
    Path out = base.resolve("target/tom");
    catalogue(base, "first");
    mojo(base, "md,html,json", "").execute();
    Map<String, String> before = snapshot(out);
    // the annex and the sub-processor list (5 files), each with its .sha256, and the fingerprint
    assertEquals(21, before.size());

    // Markdown and HTML render, then the PDF fails: its creation date is the year 999999999,
    // beyond what the PDF's date (milliseconds in a long) can hold
    catalogue(base, "second");
    RenderMojo mojo = mojo(base, "md,html,json,pdf", "");
    mojo.outputTimestamp = "+999999999-12-31T23:59:59Z";
    MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(
        e.getMessage().startsWith("tom: rendering src/tom/catalogue.yaml failed: "),
        e.getMessage());
    assertEquals(before, snapshot(out), "a file was written although the render failed");

    RenderMojo first = mojo(base, "md,html,json", "");
    catalogue(base, "first");
    first.execute();
    assertTrue(upToDate(first), "the fingerprint was lost");
  }

  @Test
  void anInvalidCatalogueWritesNothing(@TempDir Path base) throws Exception {
    Path out = base.resolve("target/tom");
    catalogue(base, "first");
    mojo(base, "md,html", "").execute();
    Map<String, String> before = snapshot(out);
    Files.writeString(
        base.resolve("src/tom/catalogue.yaml"),
        CATALOGUE.formatted("x", "x").replace("category: encryption", "category: encryptoin"));
    assertThrows(
        org.apache.maven.plugin.MojoFailureException.class,
        () -> mojo(base, "md,html", "").execute());
    assertEquals(before, snapshot(out));
  }
}
