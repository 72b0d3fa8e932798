package io.github.tomannex.tom;

import java.util.List;

/**
 * An output format of the annex and of the change notice: the one extension point for formats.
 * tom-core provides {@code md}, {@code html} and {@code json}; tom-pdf adds {@code pdf}, tom-oscal
 * {@code oscal}. Formats are found with {@link java.util.ServiceLoader}: an implementation is a
 * public class with a public no-argument constructor, registered in {@code
 * META-INF/services/io.github.tomannex.tom.OutputFormat} (and, in a named module, with {@code
 * provides io.github.tomannex.tom.OutputFormat with ...}). {@link OutputFormats} lists them and
 * looks them up by id; {@link Tom#renderAll(Catalogue, List, java.util.Collection, RenderOptions)}
 * renders them into {@link RenderedFile}s.
 *
 * <p>An implementation is immutable and thread-safe, and deterministic: the same input and options
 * always give the same bytes. It is called with input that {@link Tom} has checked: a catalogue
 * from {@link Tom#load}, a language that is one of the catalogue's.
 */
public interface OutputFormat {
  /**
   * The id used in configuration and in {@link RenderedFile#format()}: lower-case letters and
   * digits, starting with a letter, unique among the formats on a class path.
   *
   * @return for example {@code md}, {@code html}, {@code json} or {@code pdf}
   */
  String id();

  /**
   * The extension of the files written in this format, without the leading dot: lower-case letters
   * and digits, starting with a letter; or two such parts joined by a dot, for a format whose files
   * are of a general type but must not share a name with another format's ({@code oscal.json}:
   * {@code annex.oscal.json} beside the {@code json} format's {@code annex.json}). The Maven plugin
   * attaches a file with its whole extension as the artifact's type.
   *
   * @return for example {@code md} or {@code oscal.json}
   */
  String extension();

  /**
   * The media type of the files.
   *
   * @return for example {@code text/markdown; charset=UTF-8} or {@code application/pdf}
   */
  String mediaType();

  /**
   * Whether one file is rendered per language ({@code annex-de.md}, {@code annex-en.md}) or one
   * file holds all languages ({@code annex.json}).
   *
   * @return true for a file per language
   */
  boolean perLanguage();

  /**
   * Whether this format renders the change notice of a diff too ({@link #renderChanges}).
   *
   * @return true when {@link #renderChanges} is supported
   */
  boolean rendersChanges();

  /**
   * Renders the annex.
   *
   * @param catalogue a catalogue from {@link Tom#load}
   * @param language one of the catalogue's languages; a format that is not {@link #perLanguage()}
   *     is given the catalogue's binding language and renders all languages
   * @param options the options of this rendering
   * @return the file's bytes
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  byte[] render(Catalogue catalogue, String language, RenderOptions options);

  /**
   * Renders the change notice of a diff: what changed from {@link CatalogueDiff#baseline()} to
   * {@link CatalogueDiff#current()}, see {@link Tom#renderChanges(CatalogueDiff, Format, String)}.
   * The default throws: a format that renders notices overrides this method and {@link
   * #rendersChanges()}.
   *
   * @param diff the difference
   * @param language one of the current catalogue's languages; a format that is not {@link
   *     #perLanguage()} is given the current catalogue's binding language
   * @param options the options of this rendering
   * @return the file's bytes
   * @throws IllegalArgumentException when the language is not one of the current catalogue's
   * @throws UnsupportedOperationException when {@link #rendersChanges()} is false
   */
  default byte[] renderChanges(CatalogueDiff diff, String language, RenderOptions options) {
    throw new UnsupportedOperationException(
        "the output format '" + id() + "' does not render change notices");
  }

  /**
   * Whether this format renders the sub-processor document too ({@link #renderSubprocessors}). The
   * default is false: such a format is left out of the sub-processor documents.
   *
   * @return true when {@link #renderSubprocessors} is supported
   */
  default boolean rendersSubprocessors() {
    return false;
  }

  /**
   * Renders the sub-processor document (Art. 28(2) and (4) GDPR): the list of sub-processors with
   * service, location, transfer mechanism and notice period, under the layout's {@code
   * subprocessors.title} ({@code subprocessors-<lang>.<ext>}, {@code subprocessors.json}). A
   * catalogue without sub-processors gives a document saying the processor engages none. A format
   * that writes events ({@link AnnexHandler}) implements it with {@link
   * Tom#renderSubprocessors(Catalogue, String, AnnexHandler)}, as it renders the annex with {@link
   * Tom#render(Catalogue, String, AnnexHandler)}. The default throws.
   *
   * @param catalogue a catalogue from {@link Tom#load}
   * @param language one of the catalogue's languages; a format that is not {@link #perLanguage()}
   *     is given the catalogue's binding language and renders all languages
   * @param options the options of this rendering
   * @return the file's bytes
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   * @throws UnsupportedOperationException when {@link #rendersSubprocessors()} is false
   */
  default byte[] renderSubprocessors(Catalogue catalogue, String language, RenderOptions options) {
    throw new UnsupportedOperationException(
        "the output format '" + id() + "' does not render the sub-processor document");
  }

  /**
   * What this format would render wrongly in the annex, for example characters a PDF's fonts cannot
   * draw, as warnings to show next to the file; the file is rendered all the same. The default
   * finds nothing.
   *
   * @param catalogue a catalogue from {@link Tom#load}
   * @param language the language, as for {@link #render}
   * @return the warnings, empty when there is nothing to say
   */
  default List<Diagnostic> check(Catalogue catalogue, String language) {
    return List.of();
  }

  /**
   * What this format would render wrongly in the change notice, as {@link #check} does for the
   * annex. The default finds nothing.
   *
   * @param diff the difference
   * @param language the language, as for {@link #renderChanges}
   * @return the warnings, empty when there is nothing to say
   */
  default List<Diagnostic> checkChanges(CatalogueDiff diff, String language) {
    return List.of();
  }
}
