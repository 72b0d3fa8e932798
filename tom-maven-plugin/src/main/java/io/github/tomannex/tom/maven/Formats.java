package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.RenderedFile;
import io.github.tomannex.tom.pdf.PdfRenderer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The formats a goal renders: tom-core's ({@code md}, {@code html}, {@code json}) and {@code
 * pdf} from tom-pdf.
 *
 * @param core the formats tom-core renders
 * @param pdf whether a PDF is rendered per language
 */
record Formats(Set<Format> core, boolean pdf) {
  static final String VALID = "md, html, json, pdf";

  static Formats parse(String value) throws MojoFailureException {
    Set<Format> core = EnumSet.noneOf(Format.class);
    boolean pdf = false;
    for (String name : value.split(",")) {
      String n = name.trim();
      if (n.isEmpty()) {
        continue;
      }
      if (n.equalsIgnoreCase("pdf")) {
        pdf = true;
        continue;
      }
      Optional<Format> f = Format.byName(n);
      if (f.isEmpty()) {
        throw new MojoFailureException("tom: <formats> has '" + n + "', which is not a format;"
            + " expected a comma-separated list of " + VALID + " (set <formats> or -Dtom.formats)");
      }
      core.add(f.get());
    }
    if (core.isEmpty() && !pdf) {
      throw new MojoFailureException("tom: <formats> is empty; expected a comma-separated list of "
          + VALID);
    }
    return new Formats(core, pdf);
  }

  /** A stable text of the selection, for the fingerprint. */
  String key() {
    StringBuilder sb = new StringBuilder();
    for (Format f : Format.values()) {
      if (core.contains(f)) {
        sb.append(f.extension()).append(',');
      }
    }
    return sb.append(pdf ? "pdf" : "").toString();
  }

  /** A rendered file: its name and its bytes. */
  record Output(String name, byte[] bytes) {}

  /**
   * Every file: Markdown and HTML per language, then PDF per language, then JSON. Text a PDF
   * cannot draw (PDF-001) is logged as a warning.
   */
  List<Output> render(Catalogue catalogue, List<String> languages, Optional<Instant> when,
      Log log) {
    List<Output> files = new ArrayList<>();
    Set<Format> perLanguage = EnumSet.noneOf(Format.class);
    perLanguage.addAll(core);
    perLanguage.remove(Format.JSON);
    if (!perLanguage.isEmpty()) {
      for (RenderedFile f : CatalogueSupport.TOM.renderAll(catalogue, perLanguage, languages)) {
        files.add(new Output(f.fileName(), f.bytes()));
      }
    }
    if (pdf) {
      PdfRenderer renderer = pdfRenderer(when);
      for (String lang : languages) {
        renderer.check(catalogue, lang).forEach(d -> log.warn(d.format()));
        files.add(new Output("annex-" + lang + ".pdf", renderer.render(catalogue, lang)));
      }
    }
    if (core.contains(Format.JSON)) {
      for (RenderedFile f : CatalogueSupport.TOM.renderAll(catalogue, Set.of(Format.JSON), languages)) {
        files.add(new Output(f.fileName(), f.bytes()));
      }
    }
    return files;
  }

  /** A PDF renderer dated {@code when}, or by the catalogue's effective date. */
  private static PdfRenderer pdfRenderer(Optional<Instant> when) {
    PdfRenderer.Builder builder = PdfRenderer.builder();
    when.ifPresent(builder::timestamp);
    return builder.build();
  }

  /**
   * The change notice of a diff: Markdown and HTML per language ({@code changes-<lang>.md},
   * {@code .html}), then PDF per language, then the diff as {@code changes.json}.
   */
  List<Output> renderChanges(CatalogueDiff diff, List<String> languages, Optional<Instant> when,
      Log log) {
    List<Output> files = new ArrayList<>();
    for (Format f : new Format[] {Format.MARKDOWN, Format.HTML}) {
      if (core.contains(f)) {
        for (String lang : languages) {
          files.add(new Output(f.fileName(lang).replaceFirst("^annex", "changes"),
              CatalogueSupport.TOM.renderChanges(diff, f, lang)
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
      }
    }
    if (pdf) {
      PdfRenderer renderer = pdfRenderer(when);
      for (String lang : languages) {
        renderer.checkChanges(diff, lang).forEach(d -> log.warn(d.format()));
        files.add(new Output("changes-" + lang + ".pdf", renderer.renderChanges(diff, lang)));
      }
    }
    if (core.contains(Format.JSON)) {
      files.add(new Output("changes.json", CatalogueSupport.TOM.renderChanges(diff, Format.JSON,
          diff.current().document().bindingLanguage())
          .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return files;
  }

  /**
   * {@code project.build.outputTimestamp} as an instant: ISO-8601 or seconds since the epoch;
   * empty when unset, which lets a PDF take the catalogue's effective date.
   */
  static Optional<Instant> timestamp(String outputTimestamp) throws MojoFailureException {
    if (outputTimestamp == null || outputTimestamp.isBlank()
        || (outputTimestamp.length() == 1 && !Character.isDigit(outputTimestamp.charAt(0)))) {
      return Optional.empty();
    }
    String t = outputTimestamp.trim();
    try {
      if (t.chars().allMatch(Character::isDigit)) {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(t)));
      }
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new MojoFailureException("tom: project.build.outputTimestamp is '" + t + "'; expected"
          + " an ISO-8601 date and time such as 2026-01-01T00:00:00Z, or seconds since 1970");
    }
  }
}
