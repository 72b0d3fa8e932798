package io.github.tomannex.tom.oscal;

import io.github.tomannex.tom.oscal.internal.Import;
import io.github.tomannex.tom.oscal.internal.LocatedJson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns an OSCAL catalogue (JSON) into a tom catalogue skeleton that a processor then fills in: one
 * measure per control, nested controls and enhancements included, in the catalogue's order; its id
 * the control's id in lower case, its text the control's label, title and statement, its category
 * from the tables for the catalogues tom knows (NIST SP 800-53, ISO/IEC 27001:2022 Annex A, the SDM
 * TOM and SDM v3 catalogues, BSI Grundschutz++), else {@code security-governance} marked "check";
 * withdrawn controls are not applicable. The processor's name and address are placeholders.
 * docs/oscal.md explains the choices.
 *
 * <p>The skeleton loads with {@code Tom.load} without errors when its date is recent (the last
 * review is that date). The same input and options give the same bytes. Immutable and thread-safe.
 *
 * <pre>{@code
 * OscalImport.Skeleton s =
 *     OscalImport.builder().language("de").date(LocalDate.of(2026, 1, 15)).build()
 *         .convert(Files.readAllBytes(file), file.toString());
 * Files.writeString(target, s.yaml());
 * }</pre>
 */
public final class OscalImport {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern LAYOUT = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final String language;
  private final String layout;
  private final Optional<LocalDate> date;

  private OscalImport(Builder b) {
    this.language = b.language;
    this.layout = b.layout;
    this.date = Optional.ofNullable(b.date);
  }

  /**
   * A builder with the defaults: English, layout {@code gdpr-art32}, the catalogue's date.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Options of an import. Not thread-safe; the import it builds is. */
  public static final class Builder {
    private String language = "en";
    private String layout = "gdpr-art32";
    private LocalDate date;

    private Builder() {}

    /**
     * The language of the catalogue's texts, which becomes the skeleton's only language.
     *
     * @param language a language code such as {@code de} or {@code en}; default {@code en}
     * @return this builder
     * @throws IllegalArgumentException when it is not a language code
     */
    public Builder language(String language) {
      Objects.requireNonNull(language, "language");
      if (!LANGUAGE.matcher(language).matches()) {
        throw new IllegalArgumentException(
            "'" + language + "' is not a language code; expected one such as de or en");
      }
      this.language = language;
      return this;
    }

    /**
     * The layout of the skeleton's annex.
     *
     * @param layout a layout id such as {@code gdpr-art32} (the default, which places every
     *     category) or {@code de-classic}
     * @return this builder
     * @throws IllegalArgumentException when it is not an id
     */
    public Builder layout(String layout) {
      Objects.requireNonNull(layout, "layout");
      if (!LAYOUT.matcher(layout).matches()) {
        throw new IllegalArgumentException(
            "'" + layout + "' is not a layout id; expected one such as gdpr-art32");
      }
      this.layout = layout;
      return this;
    }

    /**
     * The skeleton's effective date and last review.
     *
     * @param date the date; default: the catalogue's last-modified date
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * The import.
     *
     * @return an immutable import with these options
     */
    public OscalImport build() {
      return new OscalImport(this);
    }
  }

  /**
   * A skeleton.
   *
   * @param yaml the tom catalogue, YAML
   * @param title the OSCAL catalogue's title
   * @param measures the number of measures, one per control
   * @param withdrawn how many of them are withdrawn controls, status {@code not-applicable}
   * @param guessed how many got the category {@code security-governance} because no table knows
   *     their control; marked "check" in the YAML
   * @param released the OSCAL catalogue's last-modified date
   */
  public record Skeleton(
      String yaml, String title, int measures, int withdrawn, int guessed, LocalDate released) {
    /**
     * Checks that nothing is null.
     *
     * @param yaml see {@link #yaml()}
     * @param title see {@link #title()}
     * @param measures see {@link #measures()}
     * @param withdrawn see {@link #withdrawn()}
     * @param guessed see {@link #guessed()}
     * @param released see {@link #released()}
     */
    public Skeleton {
      Objects.requireNonNull(yaml, "yaml");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(released, "released");
    }

    /**
     * The YAML as UTF-8 bytes.
     *
     * @return the bytes to write
     */
    public byte[] bytes() {
      return yaml.getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * Converts an OSCAL catalogue.
   *
   * @param oscalJson the catalogue, OSCAL JSON
   * @param sourceName the file's name for messages, for example its path
   * @return the skeleton
   * @throws OscalImportException when the input is not JSON, not an OSCAL catalogue, or a control
   *     cannot become a measure: the message names file, line and column
   */
  public Skeleton convert(byte[] oscalJson, String sourceName) {
    Objects.requireNonNull(oscalJson, "oscalJson");
    Objects.requireNonNull(sourceName, "sourceName");
    Import.Result r =
        new Import(LocatedJson.read(oscalJson, sourceName), language, layout, date).run();
    return new Skeleton(
        r.yaml(), r.title(), r.measures(), r.withdrawn(), r.guessed(), r.released());
  }
}
