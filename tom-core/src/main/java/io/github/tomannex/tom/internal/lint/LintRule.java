package io.github.tomannex.tom.internal.lint;

/**
 * One lint rule: its id (documented in {@code rules.yaml}) and its check. Implementations are
 * stateless; the severity is the context's.
 */
interface LintRule {
  String id();

  void check(Context ctx);
}
