package io.github.tomannex.tom.oscal;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.RenderOptions;
import io.github.tomannex.tom.oscal.internal.Export;
import java.util.Objects;

/**
 * The catalogue as an OSCAL 1.1.2 component definition (JSON), the format GRC tools import: id
 * {@code oscal}, one file for all languages, {@code annex.oscal.json} (beside the {@code json}
 * format's {@code annex.json}). The processor is the component; each measure is an implemented
 * requirement of the ISO/IEC 27001:2022 Annex A controls and the SDM TOM controls its category
 * serves, with its status and its text in every language; sites and certificates are back-matter
 * resources, sub-processors parties. The UUIDs are name-based (version 5) from the processor's name
 * and the ids, and the last-modified date is the catalogue's effective date: the same catalogue
 * gives the same bytes. docs/oscal.md says what becomes what.
 *
 * <p>Registered for {@link java.util.ServiceLoader}, so {@link
 * io.github.tomannex.tom.OutputFormats} finds it wherever tom-oscal is on the class path. Immutable
 * and thread-safe. The change notice is not rendered as OSCAL.
 */
public final class OscalFormat implements OutputFormat {
  /** The format; {@link java.util.ServiceLoader} creates it. */
  public OscalFormat() {}

  /**
   * The id.
   *
   * @return {@code oscal}
   */
  @Override
  public String id() {
    return "oscal";
  }

  /**
   * The file extension: the file is JSON, named so that it does not replace the JSON export.
   *
   * @return {@code oscal.json}
   */
  @Override
  public String extension() {
    return "oscal.json";
  }

  /**
   * The media type.
   *
   * @return {@code application/json}
   */
  @Override
  public String mediaType() {
    return "application/json";
  }

  /**
   * One file holds all languages.
   *
   * @return false
   */
  @Override
  public boolean perLanguage() {
    return false;
  }

  /**
   * OSCAL has no model for a change notice.
   *
   * @return false
   */
  @Override
  public boolean rendersChanges() {
    return false;
  }

  /**
   * Renders the component definition: {@link #componentDefinition(Catalogue)}.
   *
   * @param catalogue a catalogue from {@link io.github.tomannex.tom.Tom#load}
   * @param language one of the catalogue's languages (the file holds all of them; the binding
   *     language's text is each requirement's description)
   * @param options ignored: the file's date is the catalogue's effective date
   * @return the JSON, UTF-8
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  @Override
  public byte[] render(Catalogue catalogue, String language, RenderOptions options) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(options, "options");
    if (!catalogue.document().languages().contains(language)) {
      throw new IllegalArgumentException(
          "the catalogue has no language '"
              + language
              + "'; its languages: "
              + String.join(", ", catalogue.document().languages()));
    }
    return componentDefinition(catalogue);
  }

  /**
   * The catalogue as an OSCAL 1.1.2 component definition.
   *
   * @param catalogue a catalogue from {@link io.github.tomannex.tom.Tom#load}
   * @return the JSON, UTF-8, ending with a line end; the same catalogue gives the same bytes
   */
  public static byte[] componentDefinition(Catalogue catalogue) {
    return Export.render(Objects.requireNonNull(catalogue, "catalogue"));
  }
}
