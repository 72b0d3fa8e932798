package io.github.tomannex.tom.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Tom;
import io.github.tomannex.tom.pdf.internal.Fonts;
import io.github.tomannex.tom.pdf.internal.JdkBidi;
import io.github.tomannex.tom.pdf.internal.MeasuringTextRenderer;
import io.github.tomannex.tom.pdf.internal.MetricsCache;
import io.github.tomannex.tom.pdf.internal.PdfMetadata;
import io.github.tomannex.tom.pdf.internal.PrintHtml;
import io.github.tomannex.tom.pdf.internal.TextCheck;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders the annex as a print-ready PDF: A4, PDF/A-2a and PDF/UA-1 (a tagged, accessible PDF),
 * every font embedded and subset, bookmarks for every section, running header and "page X of Y"
 * footer, and the catalogue's SHA-256 fingerprint on the title block, in the footer and in the
 * metadata, so a contract can cite the exact annex. Pure Java: no external tool, no fonts from the
 * machine.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.builder().build();
 * byte[] bytes = pdf.render(catalogue, "de");
 * }</pre>
 *
 * <p>What the embedded fonts cannot draw (emoji, Chinese, Arabic, ...) appears as '#' or not at
 * all; {@link #check(Catalogue, String)} names it, field by field, as warnings to show next to the
 * PDF. Right-to-left text is drawn right to left.
 *
 * <p>Immutable and thread-safe. The same catalogue and timestamp always give the same bytes.
 * Loading this class switches off openhtmltopdf's console logging and makes PDFBox map fonts it has
 * no file of to the bundled Liberation Sans, for the whole process.
 */
public final class PdfRenderer {
  private static final Tom TOM = Tom.builder().build();

  /*
   * Two process-wide settings, made once when tom-pdf is first used: openhtmltopdf's console
   * logging is off (it logs every render at INFO, and a library does not write to the log of
   * the program that embeds it; problems reach the caller as exceptions), and PDFBox maps
   * fonts it has no file of to tom-pdf's own Liberation Sans instead of scanning the
   * machine's fonts (see OwnFontMapper).
   */
  static {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    org.apache.pdfbox.pdmodel.font.FontMappers.set(
        new io.github.tomannex.tom.pdf.internal.OwnFontMapper());
  }

  private static final String CSS = css();
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private final Optional<Instant> timestamp;

  private PdfRenderer(Builder builder) {
    this.timestamp = builder.timestamp;
  }

  /**
   * A builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PdfRenderer}. */
  public static final class Builder {
    private Optional<Instant> timestamp = Optional.empty();

    private Builder() {}

    /**
     * The creation and modification date written into the PDF, for example a build's {@code
     * project.build.outputTimestamp}. Default: the catalogue's effective date, midnight UTC.
     *
     * @param instant the timestamp
     * @return this builder
     */
    public Builder timestamp(Instant instant) {
      this.timestamp = Optional.of(Objects.requireNonNull(instant, "instant"));
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return an immutable, thread-safe renderer
     */
    public PdfRenderer build() {
      return new PdfRenderer(this);
    }
  }

  /**
   * The catalogue's fingerprint, as {@link Tom#fingerprint(Catalogue)}: the SHA-256 of its JSON
   * export ({@code annex.json}), which the annex prints in every format.
   *
   * @param catalogue the catalogue
   * @return 64 lower-case hex digits
   */
  public static String fingerprint(Catalogue catalogue) {
    return TOM.fingerprint(catalogue);
  }

  /**
   * Renders the annex in one language.
   *
   * @param catalogue a catalogue from {@link Tom#load}
   * @param language one of the catalogue's languages
   * @return the PDF
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  public byte[] render(Catalogue catalogue, String language) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(language, "language");
    String fingerprint = fingerprint(catalogue);
    PrintHtml html = annex(catalogue, language, fingerprint);
    return pdf(html, catalogue, language, fingerprint, null, null);
  }

  private static PrintHtml annex(Catalogue catalogue, String language, String fingerprint) {
    PrintHtml html = new PrintHtml(catalogue, language, fingerprint, CSS);
    TOM.render(catalogue, language, html);
    return html;
  }

  /**
   * What the annex in one language would draw wrongly: every character its embedded fonts cannot
   * draw (emoji, Chinese, Arabic and other scripts beyond Latin, Greek, Cyrillic and Hebrew;
   * control characters), as {@code PDF-001} warnings that name the field (a measure, the title, the
   * preamble, a site's name, ...), the language and the characters, at the field's position in the
   * catalogue. Such characters appear in the PDF as '#' or not at all; everything else is drawn as
   * written (right-to-left text right to left, bidi controls applied, invisible characters left
   * out). Call it next to {@link #render} and show the warnings: the PDF itself is rendered all the
   * same.
   *
   * @param catalogue a catalogue from {@link Tom#load}
   * @param language one of the catalogue's languages
   * @return the warnings, in catalogue order; empty when the PDF draws every character
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  public List<Diagnostic> check(Catalogue catalogue, String language) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(language, "language");
    PrintHtml html = annex(catalogue, language, "0".repeat(64));
    return TextCheck.check(html.drawnText(), language, catalogue);
  }

  /**
   * What the change notice of a diff in one language would draw wrongly, as {@link
   * #check(Catalogue, String)} does for an annex; texts of the baseline are named as such.
   *
   * @param diff the difference between two catalogues
   * @param language one of the current catalogue's languages
   * @return the warnings; empty when the PDF draws every character
   * @throws IllegalArgumentException if the language is not one of the current catalogue's
   */
  public List<Diagnostic> checkChanges(CatalogueDiff diff, String language) {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(language, "language");
    PrintHtml html = notice(diff, language, "0".repeat(64));
    return TextCheck.check(html.drawnText(), language, diff.current(), diff.baseline());
  }

  private static PrintHtml notice(CatalogueDiff diff, String language, String fingerprint) {
    PrintHtml html =
        new PrintHtml(diff.current(), language, fingerprint, CSS, "pdf.notice-fingerprint");
    TOM.renderChanges(diff, language, html);
    return html;
  }

  /**
   * Renders the change notice of a diff ({@link Tom#renderChanges}) as PDF/A-2a and PDF/UA-1, in
   * the same print style as the annex. Its title block ends with the SHA-256 of the diff's JSON, so
   * a notice can be matched to the two versions it compares. Same diff, same bytes.
   *
   * @param diff the difference between two catalogues
   * @param language one of the current catalogue's languages
   * @return the PDF
   * @throws IllegalArgumentException if the language is not one of the current catalogue's
   * @throws java.io.UncheckedIOException if the PDF library fails
   */
  public byte[] renderChanges(CatalogueDiff diff, String language) {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(language, "language");
    Catalogue current = diff.current();
    String fingerprint =
        sha256(TOM.renderChanges(diff, Format.JSON, language).getBytes(StandardCharsets.UTF_8));
    PrintHtml html = notice(diff, language, fingerprint);
    Labels words = Labels.of(current);
    String title = words.format("notice.title", language, diff.baseline().document().version());
    String subject =
        words.format(
            "pdf.notice-subject",
            language,
            diff.baseline().document().version(),
            current.document().version());
    return pdf(html, current, language, fingerprint, title, subject);
  }

  /**
   * Renders the sub-processor document in one language ({@link Tom#renderSubprocessors(Catalogue,
   * String, io.github.tomannex.tom.AnnexHandler)}) as PDF/A-2a and PDF/UA-1, in the same print
   * style as the annex. Its title block ends with the SHA-256 of the list's JSON ({@code
   * subprocessors.json}). Same catalogue, same bytes.
   *
   * @param catalogue a catalogue from {@link Tom#load}
   * @param language one of the catalogue's languages
   * @return the PDF
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   * @throws java.io.UncheckedIOException if the PDF library fails
   */
  public byte[] renderSubprocessors(Catalogue catalogue, String language) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(language, "language");
    String fingerprint =
        sha256(
            Format.JSON
                .outputFormat()
                .renderSubprocessors(
                    catalogue,
                    catalogue.document().bindingLanguage(),
                    io.github.tomannex.tom.RenderOptions.defaults()));
    PrintHtml html =
        new PrintHtml(catalogue, language, fingerprint, CSS, "pdf.subprocessors-fingerprint");
    TOM.renderSubprocessors(catalogue, language, html);
    Labels words = Labels.of(catalogue);
    return pdf(
        html,
        catalogue,
        language,
        fingerprint,
        words.format("subprocessors.title", language),
        words.format("pdf.subprocessors-subject", language, catalogue.document().version()));
  }

  private byte[] pdf(
      PrintHtml html,
      Catalogue catalogue,
      String language,
      String fingerprint,
      String title,
      String subject) {
    Instant when =
        timestamp.orElse(catalogue.document().effective().atStartOfDay(ZoneOffset.UTC).toInstant());
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(doc);
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
      builder.usePdfUaAccessbility(true);
      builder.useColorProfile(SRGB);
      builder.withProducer("tom");
      builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, MetricsCache.INSTANCE);
      builder.withDiagnosticConsumer(d -> {}); // a library does not write to the log
      Fonts.register(builder, doc);
      // right-to-left text and bidi controls, with the JDK's bidi algorithm
      builder.useUnicodeBidiSplitter(JdkBidi.INSTANCE);
      builder.useUnicodeBidiReorderer(JdkBidi.INSTANCE);
      builder.withHtmlContent(html.html(), null);
      // an annex is self-contained: nothing is fetched, whatever a text links to
      builder.useExternalResourceAccessControl(
          (uri, type) -> false,
          com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority
              .RUN_AFTER_RESOLVING_URI);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        MeasuringTextRenderer.install(renderer);
        renderer.createPDFWithoutClosing();
      }
      describeLinks(doc);
      if (title == null) {
        PdfMetadata.apply(doc, catalogue, language, fingerprint, when);
      } else {
        PdfMetadata.apply(doc, catalogue, language, fingerprint, when, title, subject);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("rendering the PDF failed", e);
    }
  }

  /**
   * Gives every link annotation the alternate description PDF/UA requires (ISO 14289-1, 7.18.5):
   * its target, the address of a web or mail link or the name of a place in the document.
   */
  private static void describeLinks(PDDocument doc) throws IOException {
    for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
      for (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation a :
          page.getAnnotations()) {
        if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
            && (link.getContents() == null || link.getContents().isBlank())) {
          String target =
              link.getAction()
                      instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri
                  ? uri.getURI()
                  : link.getDestination()
                          instanceof
                          org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination
                                  .PDNamedDestination
                              named
                      ? "#" + named.getNamedDestination()
                      : null;
          if (target != null) {
            link.setContents(PdfMetadata.plain(target));
          }
        }
      }
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String css() {
    try (InputStream in = PdfRenderer.class.getResourceAsStream("print.css")) {
      return new String(
          Objects.requireNonNull(in, "print.css").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
