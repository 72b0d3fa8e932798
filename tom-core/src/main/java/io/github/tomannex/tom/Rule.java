package io.github.tomannex.tom;

import io.github.tomannex.tom.internal.rules.RuleTable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule tom checks catalogues with, as documented in {@code docs/diagnostics.md} (structural
 * rules) and {@code docs/rules.md} (lint rules). Ids are stable and never reused.
 *
 * @param id the stable id, for example {@code SPEC-002}
 * @param defaultSeverity the severity of its findings unless configured otherwise
 * @param configurable whether it is a lint rule that can be set to off, info, warning or error;
 *     structural rules cannot
 * @param title a short description, for example {@code Hedge words make a measure unverifiable}
 * @param explanation a paragraph on what is wrong and why it matters (lint rules)
 * @param source the legal or normative source the rule rests on (lint rules)
 */
public record Rule(
    String id,
    Severity defaultSeverity,
    boolean configurable,
    String title,
    Optional<String> explanation,
    Optional<String> source) {

  /** Where the rules are documented; {@link #helpUri()} adds the document and anchor. */
  public static final String DOCS = "https://github.com/tomannex/tom/blob/main/docs/";

  /**
   * Checks that no component is null.
   *
   * @param id see {@link #id()}
   * @param defaultSeverity see {@link #defaultSeverity()}
   * @param configurable see {@link #configurable()}
   * @param title see {@link #title()}
   * @param explanation see {@link #explanation()}
   * @param source see {@link #source()}
   */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Every rule, structural rules first, then the lint rules by family, as in the docs.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return RuleTable.standard().rules();
  }

  /**
   * Looks up a rule.
   *
   * @param id a rule id such as {@code SPEC-002}
   * @return the rule, or empty when there is none with that id
   */
  public static Optional<Rule> find(String id) {
    return RuleTable.standard().find(id);
  }

  /**
   * The address of the rule's documentation: its section in {@code docs/rules.md}, or where {@code
   * docs/diagnostics.md} describes it (the table of structural rules, or the PDF's section for
   * {@code PDF-001}).
   *
   * @return an absolute https address
   */
  public String helpUri() {
    return DOCS
        + RuleTable.standard()
            .page(id)
            .orElse(
                configurable
                    ? "rules.md#" + id.toLowerCase(Locale.ROOT)
                    : "diagnostics.md#structural-rules");
  }
}
