/**
 * The lint rules, which judge a structurally valid catalogue the way a data protection reviewer
 * would ({@code docs/rules.md}). {@code Lint} runs them; {@code Lint.RULES} registers each {@code
 * LintRule} by id; the rule families are {@code MetaRules}, {@code CoverageRules}, {@code
 * TextRules}, {@code ReviewRules}, {@code CertificateRules} and {@code SubprocessorRules}. A rule
 * sees a {@code Context}; {@code Locator} finds source positions; {@code WordLists} holds the word
 * lists of {@code lint-words.yaml} ({@code Literals} and {@code LiteralScanner} make them fast).
 * Severities and texts of the rules are in {@code rules.yaml}.
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: may use {@code io.github.tomannex.tom}, {@code internal}, {@code internal.yaml},
 * {@code internal.rules}, {@code internal.bind} ({@code Locator} reads the bound catalogue) and
 * {@code internal.validate} ({@code Placement}).
 */
package io.github.tomannex.tom.internal.lint;
