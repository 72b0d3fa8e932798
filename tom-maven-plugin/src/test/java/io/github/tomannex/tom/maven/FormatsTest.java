package io.github.tomannex.tom.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.RenderedFile;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {
  private static final ClassLoader LOADER = FormatsTest.class.getClassLoader();

  private static List<String> ids(Formats f) {
    return f.formats().stream().map(OutputFormat::id).toList();
  }

  @Test
  void parsesFormatIdsIgnoringCaseAndBlanksInTheCanonicalOrder() throws Exception {
    Formats f = Formats.parse(" PDF , html,,md ");
    assertEquals(List.of("md", "html", "pdf"), ids(f));
    assertEquals("md,html,pdf", f.key());
    assertEquals(List.of("json"), ids(Formats.parse("json")));
    assertEquals(List.of("md", "json"), ids(Formats.parse("json,markdown,md")));
  }

  @Test
  void namesThePomElementAndTheValidValues() {
    MojoFailureException e =
        assertThrows(MojoFailureException.class, () -> Formats.parse("md,rtf"));
    assertEquals(
        "tom: <formats> has 'rtf', which is not a format; expected a comma-separated"
            + " list of md, html, docx, pdf, json, oscal (set <formats> or -Dtom.formats)",
        e.getMessage());
    assertTrue(
        assertThrows(MojoFailureException.class, () -> Formats.parse(" , "))
            .getMessage()
            .startsWith("tom: <formats> is empty"));
  }

  /**
   * The plugin's realm without tom-pdf and tom-docx: core formats only, pdf and docx named with the
   * XML to add.
   */
  private static ClassLoader withoutTomPdf() {
    return new ClassLoader(LOADER) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (URL u : java.util.Collections.list(super.getResources(name))) {
          if (!u.toString().contains("tom-pdf") && !u.toString().contains("tom-docx")) {
            urls.add(u);
          }
        }
        return java.util.Collections.enumeration(urls);
      }
    };
  }

  @Test
  void pdfWithoutTomPdfNamesTheDependencyToAdd() throws Exception {
    ClassLoader core = withoutTomPdf();
    assertEquals(List.of("md", "html", "json"), ids(Formats.parse("md,html,json", core, "1.2")));
    MojoFailureException e =
        assertThrows(MojoFailureException.class, () -> Formats.parse("md,pdf", core, "1.2"));
    assertEquals(
        "tom: <formats> has 'pdf', which io.github.tomannex:tom-pdf renders; it is not"
            + " a dependency of the plugin. Add it inside the <plugin> element of tom-maven-plugin"
            + " in the POM:\n  <dependencies><dependency><groupId>io.github.tomannex</groupId>"
            + "<artifactId>tom-pdf</artifactId><version>1.2</version></dependency></dependencies>",
        e.getMessage());
    MojoFailureException docx =
        assertThrows(MojoFailureException.class, () -> Formats.parse("docx", core, "1.2"));
    assertEquals(
        "tom: <formats> has 'docx', which io.github.tomannex:tom-docx renders; it is not"
            + " a dependency of the plugin. Add it inside the <plugin> element of tom-maven-plugin"
            + " in the POM:\n  <dependencies><dependency><groupId>io.github.tomannex</groupId>"
            + "<artifactId>tom-docx</artifactId><version>1.2</version></dependency></dependencies>",
        docx.getMessage());
    MojoFailureException rtf =
        assertThrows(MojoFailureException.class, () -> Formats.parse("rtf", core, "1.2"));
    assertEquals(
        "tom: <formats> has 'rtf', which is not a format; expected a comma-separated"
            + " list of md, html, json, oscal, or pdf with io.github.tomannex:tom-pdf as a"
            + " dependency of the plugin, or docx with io.github.tomannex:tom-docx as a dependency of the plugin"
            + " (set <formats> or -Dtom.formats)",
        rtf.getMessage());
  }

  /**
   * A format that only a plugin dependency brings (here a services file in a folder) is found by
   * id, and appears in the change notice without the plugin naming it.
   */
  @Test
  void aFormatOnThePluginsClassPathIsFoundAndRendersTheNotice(@TempDir Path dir) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(
        services.resolve(OutputFormat.class.getName()), TextFormat.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, LOADER)) {
      Formats f = Formats.parse("txt,md", loader, "1.0");
      assertEquals(
          List.of("md", "html", "docx", "pdf", "txt", "json", "oscal"),
          io.github.tomannex.tom.OutputFormats.available(loader).stream()
              .map(OutputFormat::id)
              .toList());
      assertEquals(List.of("md", "txt"), ids(f));
      Catalogue c =
          io.github.tomannex.tom.Tom.builder()
              .clock(
                  java.time.Clock.fixed(
                      Instant.parse("2026-06-01T00:00:00Z"), java.time.ZoneOffset.UTC))
              .build()
              .load(Path.of("../tom-samples/src/tom/catalogue.yaml"))
              .orElseThrow();
      CatalogueDiff diff = CatalogueSupport.TOM.diff(c, c);
      List<RenderedFile> files =
          f.renderChanges(diff, List.of("de"), Optional.empty(), new SystemStreamLog());
      assertEquals(
          List.of("changes-de.md", "changes-de.txt"),
          files.stream().map(RenderedFile::fileName).toList());
      assertEquals(RenderedFile.Kind.CHANGES, files.get(1).kind());
      assertEquals("txt", files.get(1).format());
      assertEquals(Optional.of("de"), files.get(1).language());
      assertEquals("changes de", new String(files.get(1).bytes(), StandardCharsets.UTF_8));
      List<RenderedFile> annex =
          f.render(c, List.of("de"), Optional.empty(), new SystemStreamLog());
      assertEquals(
          List.of("annex-de.md", "annex-de.txt", "subprocessors-de.md"),
          annex.stream().map(RenderedFile::fileName).toList());
    }
  }

  /** A format of someone else's, for the test above. */
  public static final class TextFormat implements OutputFormat {
    /** For ServiceLoader. */
    public TextFormat() {}

    @Override
    public String id() {
      return "txt";
    }

    @Override
    public String extension() {
      return "txt";
    }

    @Override
    public String mediaType() {
      return "text/plain; charset=UTF-8";
    }

    @Override
    public boolean perLanguage() {
      return true;
    }

    @Override
    public boolean rendersChanges() {
      return true;
    }

    @Override
    public byte[] render(
        Catalogue catalogue, String language, io.github.tomannex.tom.RenderOptions options) {
      return ("annex " + language).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] renderChanges(
        CatalogueDiff diff, String language, io.github.tomannex.tom.RenderOptions options) {
      return ("changes " + language).getBytes(StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsOutputTimestampsAsMavenWritesThem() throws Exception {
    assertEquals(Optional.empty(), Formats.timestamp(null));
    assertEquals(Optional.empty(), Formats.timestamp(""));
    assertEquals(
        Optional.empty(), Formats.timestamp("a"), "one non-digit: reproducible builds off");
    assertEquals(
        Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
        Formats.timestamp("2026-01-01T00:00:00Z"));
    assertEquals(
        Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
        Formats.timestamp("2026-01-01T01:00:00+01:00"));
    assertEquals(Optional.of(Instant.ofEpochSecond(1767225600L)), Formats.timestamp("1767225600"));
    MojoFailureException e =
        assertThrows(MojoFailureException.class, () -> Formats.timestamp("yesterday"));
    assertTrue(e.getMessage().startsWith("tom: project.build.outputTimestamp is 'yesterday'"));
    assertFalse(Formats.timestamp("0").isEmpty());
  }
}
