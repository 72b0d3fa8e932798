/**
 * Comparing catalogues: {@code Differ} compares two catalogues entry by entry, matched by id, into
 * a {@code CatalogueDiff}; {@code Reductions} finds the reductions of protection that the current
 * catalogue's {@code changes:} log does not record (DIFF-001 to DIFF-003) and new sub-processors
 * without a notice period (DIFF-004); {@code WordDiff} diffs texts word by word.
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: may use {@code io.github.tomannex.tom}, {@code internal} and {@code
 * internal.rules}. Used by {@code render} ({@code NoticeBuilder}).
 */
package io.github.tomannex.tom.internal.diff;
