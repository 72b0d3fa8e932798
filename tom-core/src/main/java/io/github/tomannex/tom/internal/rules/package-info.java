/**
 * The rules tom reports and the collector of their findings: {@code RuleTable} reads {@code
 * rules.yaml} once (id, severity, title, texts, message templates), the only place a rule's
 * severity and wording come from; {@code Diagnostics} collects the diagnostics of one load, each
 * reported by rule id at the severity the table or the lint configuration gives it.
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: uses only {@code io.github.tomannex.tom} ({@code Rule}, {@code Severity}, {@code
 * Diagnostic}, {@code Location}) and no other internal package (it reads {@code rules.yaml} with
 * plain Jackson), so every internal package may use it.
 */
package io.github.tomannex.tom.internal.rules;
