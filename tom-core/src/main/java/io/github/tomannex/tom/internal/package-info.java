/**
 * Small helpers with no place in the pipeline: {@code Chars} (which characters a catalogue text may
 * hold) and {@code Suggest} ("did you mean" by edit distance).
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: uses only {@code io.github.tomannex.tom} (value types), no other internal
 * package, so every internal package may use it ({@code PackageDependencyTest}, {@code
 * docs/architecture.md}).
 */
package io.github.tomannex.tom.internal;
