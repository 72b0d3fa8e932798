package io.github.tomannex.tom;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the annex is: its title, version, languages and parties.
 *
 * @param title the title
 * @param label a label shown before the title, such as "Anlage 2"
 * @param version the version, as written
 * @param effective the date from which this version applies
 * @param languages the languages, the binding one first; not empty
 * @param processor the processor
 * @param agreement the agreement the annex belongs to
 * @param url where the current version is published
 * @param preamble text rendered after the title
 * @param closing text rendered at the end
 * @param equallyBinding whether every language version is equally binding; when false the binding
 *     language's version prevails and the others say they are translations
 * @param acceptance whether the annex ends with places for the signatures of both parties
 */
public record Document(
    Text title,
    Optional<Text> label,
    String version,
    LocalDate effective,
    List<String> languages,
    Processor processor,
    Optional<Agreement> agreement,
    Optional<String> url,
    Optional<Text> preamble,
    Optional<Text> closing,
    boolean equallyBinding,
    boolean acceptance) {

  /**
   * Checks the components and copies the list.
   *
   * @param title see {@link #title()}
   * @param label see {@link #label()}
   * @param version see {@link #version()}
   * @param effective see {@link #effective()}
   * @param languages see {@link #languages()}
   * @param processor see {@link #processor()}
   * @param agreement see {@link #agreement()}
   * @param url see {@link #url()}
   * @param preamble see {@link #preamble()}
   * @param closing see {@link #closing()}
   * @param equallyBinding see {@link #equallyBinding()}
   * @param acceptance see {@link #acceptance()}
   */
  public Document {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(effective, "effective");
    languages = List.copyOf(languages);
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("a document needs at least one language");
    }
    Objects.requireNonNull(processor, "processor");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(preamble, "preamble");
    Objects.requireNonNull(closing, "closing");
  }

  /**
   * A document whose binding language prevails, without places for signatures.
   *
   * @param title see {@link #title()}
   * @param label see {@link #label()}
   * @param version see {@link #version()}
   * @param effective see {@link #effective()}
   * @param languages see {@link #languages()}
   * @param processor see {@link #processor()}
   * @param agreement see {@link #agreement()}
   * @param url see {@link #url()}
   * @param preamble see {@link #preamble()}
   * @param closing see {@link #closing()}
   */
  public Document(
      Text title,
      Optional<Text> label,
      String version,
      LocalDate effective,
      List<String> languages,
      Processor processor,
      Optional<Agreement> agreement,
      Optional<String> url,
      Optional<Text> preamble,
      Optional<Text> closing) {
    this(
        title, label, version, effective, languages, processor, agreement, url, preamble, closing,
        false, false);
  }

  /**
   * The binding language, the first of {@link #languages()}.
   *
   * @return a language code
   */
  public String bindingLanguage() {
    return languages.get(0);
  }
}
