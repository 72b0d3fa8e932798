/**
 * Validation of what the binder cannot see alone: {@code Validator} checks unique ids, references
 * and categories of a bound catalogue; {@code Placement} says which layout section places each
 * category.
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: may use {@code io.github.tomannex.tom}, {@code internal}, {@code internal.rules}
 * and {@code internal.bind} (the bound catalogue, category hints). Used by {@code lint} and {@code
 * render} ({@code Placement}).
 */
package io.github.tomannex.tom.internal.validate;
