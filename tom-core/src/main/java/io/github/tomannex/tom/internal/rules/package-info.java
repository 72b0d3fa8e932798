/**
 * The table of every rule tom reports: {@code RuleTable} reads {@code rules.yaml} once (id,
 * severity, title, texts, message templates). The only place a rule's severity and wording come
 * from.
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: uses {@code io.github.tomannex.tom} ({@code Rule}, {@code Severity}) and no
 * other tom package (it reads {@code rules.yaml} with plain Jackson), so every internal package may
 * use it.
 */
package io.github.tomannex.tom.internal.rules;
