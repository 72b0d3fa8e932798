package io.github.tomannex.tom.docx;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.RenderOptions;
import io.github.tomannex.tom.docx.internal.Docx;
import java.util.Objects;

/**
 * Word as an {@link OutputFormat}, id {@code docx}: the annex and the change notice as Office Open
 * XML documents, one per language. The notice's changed words are real tracked changes ({@code
 * w:ins}, {@code w:del}, author "tom", dated the new version's effective date). Registered for
 * {@link java.util.ServiceLoader} in {@code META-INF/services/io.github.tomannex.tom.OutputFormat}.
 *
 * <p>Immutable and thread-safe; creating one costs nothing. The options' timestamp is not used: the
 * document's dates are the catalogue's effective date, so the same catalogue gives the same bytes.
 */
public final class DocxFormat implements OutputFormat {
  /** The format; {@link java.util.ServiceLoader} creates it. */
  public DocxFormat() {}

  /**
   * The id.
   *
   * @return {@code docx}
   */
  @Override
  public String id() {
    return "docx";
  }

  /**
   * The file extension.
   *
   * @return {@code docx}
   */
  @Override
  public String extension() {
    return "docx";
  }

  /**
   * The media type.
   *
   * @return {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document}
   */
  @Override
  public String mediaType() {
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }

  /**
   * A document per language.
   *
   * @return true
   */
  @Override
  public boolean perLanguage() {
    return true;
  }

  /**
   * The change notice is rendered as a document with tracked changes.
   *
   * @return true
   */
  @Override
  public boolean rendersChanges() {
    return true;
  }

  /**
   * Renders the annex.
   *
   * @param catalogue a catalogue from {@link io.github.tomannex.tom.Tom#load}
   * @param language one of the catalogue's languages
   * @param options not used: the dates in the file are the catalogue's
   * @return the .docx
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  @Override
  public byte[] render(Catalogue catalogue, String language, RenderOptions options) {
    Objects.requireNonNull(options, "options");
    return Docx.annex(catalogue, language);
  }

  /**
   * Renders the change notice, its changed words as tracked changes.
   *
   * @param diff the difference
   * @param language one of the current catalogue's languages
   * @param options not used: the dates in the file are the current catalogue's
   * @return the .docx
   * @throws IllegalArgumentException when the language is not one of the current catalogue's
   */
  @Override
  public byte[] renderChanges(CatalogueDiff diff, String language, RenderOptions options) {
    Objects.requireNonNull(options, "options");
    return Docx.changes(diff, language);
  }

  /**
   * The sub-processor document is rendered as a Word document too.
   *
   * @return true
   */
  @Override
  public boolean rendersSubprocessors() {
    return true;
  }

  /**
   * Renders the sub-processor document (Art. 28(2) and (4) GDPR).
   *
   * @param catalogue a catalogue from {@link io.github.tomannex.tom.Tom#load}
   * @param language one of the catalogue's languages
   * @param options not used: the dates in the file are the catalogue's
   * @return the .docx
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  @Override
  public byte[] renderSubprocessors(Catalogue catalogue, String language, RenderOptions options) {
    Objects.requireNonNull(options, "options");
    return Docx.subprocessors(catalogue, language);
  }
}
