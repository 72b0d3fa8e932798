/**
 * The table of every rule tom reports: {@code RuleTable} reads {@code rules.yaml} once (id,
 * severity, title, texts, message templates). The only place a rule's severity and wording
 * come from.
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: may use {@code io.github.tomannex.tom} ({@code Rule}, {@code Severity}),
 * {@code internal} ({@code Resources}) and {@code internal.yaml}. Today {@code
 * internal.Diagnostics} uses it back (a cycle, see {@code docs/architecture.md}).
 */
package io.github.tomannex.tom.internal.rules;
