/**
 * Helpers shared by all of tom-core's internals: {@code Diagnostics} (collects the findings of one
 * load, with severities from {@code rules.yaml}), {@code Resources} (reads tom-core's own data
 * files), {@code Chars} (which characters a text may hold) and {@code Suggest} ("did you mean" by
 * edit distance).
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: may use {@code io.github.tomannex.tom} (value types) and {@code internal.rules}
 * ({@code Diagnostics} looks up severities). Today {@code Resources} also uses {@code
 * internal.yaml}, which uses this package back: a cycle, see {@code docs/architecture.md}.
 */
package io.github.tomannex.tom.internal;
