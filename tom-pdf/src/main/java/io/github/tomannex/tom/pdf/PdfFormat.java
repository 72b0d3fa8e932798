package io.github.tomannex.tom.pdf;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.RenderOptions;
import java.util.List;
import java.util.Objects;

/**
 * The PDF as an {@link OutputFormat}, id {@code pdf}: the annex, the change notice and the
 * sub-processor document as PDF/A-2a and PDF/UA-1, one file per language, rendered by {@link
 * PdfRenderer} with the options' timestamp as the document's date. Registered for {@link
 * java.util.ServiceLoader} in {@code META-INF/services/io.github.tomannex.tom.OutputFormat}, so
 * {@link io.github.tomannex.tom.OutputFormats} finds it wherever tom-pdf is on the class path.
 * {@link #check} reports what the embedded fonts cannot draw ({@code PDF-001}).
 *
 * <p>Immutable and thread-safe. Creating one is cheap: the PDF libraries are set up when the first
 * PDF is rendered, not when the format is listed.
 */
public final class PdfFormat implements OutputFormat {
  /** The format; {@link java.util.ServiceLoader} creates it. */
  public PdfFormat() {}

  /**
   * The id.
   *
   * @return {@code pdf}
   */
  @Override
  public String id() {
    return "pdf";
  }

  /**
   * The file extension.
   *
   * @return {@code pdf}
   */
  @Override
  public String extension() {
    return "pdf";
  }

  /**
   * The media type.
   *
   * @return {@code application/pdf}
   */
  @Override
  public String mediaType() {
    return "application/pdf";
  }

  /**
   * A PDF per language.
   *
   * @return true
   */
  @Override
  public boolean perLanguage() {
    return true;
  }

  /**
   * The change notice is rendered as PDF too ({@link PdfRenderer#renderChanges}).
   *
   * @return true
   */
  @Override
  public boolean rendersChanges() {
    return true;
  }

  /**
   * Renders the annex with {@link PdfRenderer#render}.
   *
   * @param catalogue a catalogue from {@link io.github.tomannex.tom.Tom#load}
   * @param language one of the catalogue's languages
   * @param options the options: the timestamp is the PDF's date
   * @return the PDF
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   * @throws java.io.UncheckedIOException if the PDF library fails
   */
  @Override
  public byte[] render(Catalogue catalogue, String language, RenderOptions options) {
    return renderer(options).render(catalogue, language);
  }

  /**
   * Renders the change notice with {@link PdfRenderer#renderChanges}.
   *
   * @param diff the difference
   * @param language one of the current catalogue's languages
   * @param options the options: the timestamp is the PDF's date
   * @return the PDF
   * @throws IllegalArgumentException when the language is not one of the current catalogue's
   * @throws java.io.UncheckedIOException if the PDF library fails
   */
  @Override
  public byte[] renderChanges(CatalogueDiff diff, String language, RenderOptions options) {
    return renderer(options).renderChanges(diff, language);
  }

  /**
   * The sub-processor document is rendered as PDF too ({@link PdfRenderer#renderSubprocessors}).
   *
   * @return true
   */
  @Override
  public boolean rendersSubprocessors() {
    return true;
  }

  /**
   * Renders the sub-processor document with {@link PdfRenderer#renderSubprocessors}.
   *
   * @param catalogue a catalogue from {@link io.github.tomannex.tom.Tom#load}
   * @param language one of the catalogue's languages
   * @param options the options: the timestamp is the PDF's date
   * @return the PDF
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   * @throws java.io.UncheckedIOException if the PDF library fails
   */
  @Override
  public byte[] renderSubprocessors(Catalogue catalogue, String language, RenderOptions options) {
    return renderer(options).renderSubprocessors(catalogue, language);
  }

  /**
   * What the annex's PDF would draw wrongly: {@link PdfRenderer#check}.
   *
   * @param catalogue a catalogue from {@link io.github.tomannex.tom.Tom#load}
   * @param language one of the catalogue's languages
   * @return the {@code PDF-001} warnings, empty when every character is drawn
   */
  @Override
  public List<Diagnostic> check(Catalogue catalogue, String language) {
    return renderer(RenderOptions.defaults()).check(catalogue, language);
  }

  /**
   * What the change notice's PDF would draw wrongly: {@link PdfRenderer#checkChanges}.
   *
   * @param diff the difference
   * @param language one of the current catalogue's languages
   * @return the {@code PDF-001} warnings, empty when every character is drawn
   */
  @Override
  public List<Diagnostic> checkChanges(CatalogueDiff diff, String language) {
    return renderer(RenderOptions.defaults()).checkChanges(diff, language);
  }

  private static PdfRenderer renderer(RenderOptions options) {
    PdfRenderer.Builder builder = PdfRenderer.builder();
    Objects.requireNonNull(options, "options").timestamp().ifPresent(builder::timestamp);
    return builder.build();
  }
}
