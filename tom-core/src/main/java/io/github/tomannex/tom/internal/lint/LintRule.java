package io.github.tomannex.tom.internal.lint;

/**
 * The check of one lint rule. Which rule it is, is declared where it is registered ({@link
 * Lint#RULES}); its severity, title and texts are in {@code rules.yaml}. Implementations are
 * stateless: {@link Context#report} reports for the rule being run, at its configured level.
 */
@FunctionalInterface
interface LintRule {
  void check(Context ctx);
}
