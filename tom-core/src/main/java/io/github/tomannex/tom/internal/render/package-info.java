/**
 * Rendering: {@code Plan} resolves the annex against its layout (which measures go where, how
 * headings are numbered); {@code AnnexBuilder} and {@code NoticeBuilder} build the annex and the
 * change notice as CommonMark trees; {@code MarkdownOut} and commonmark's HTML renderer write them
 * ({@code Markdown} makes catalogue texts safe for every output); {@code JsonExport} and {@code
 * DiffExport} write the JSON; {@code Events} reports a tree to an {@code AnnexHandler}; {@code
 * Renderers} ties them together. {@code MarkdownFormat}, {@code HtmlFormat} and {@code JsonFormat}
 * are tom-core's {@code OutputFormat}s, registered in {@code META-INF/services} and in {@code
 * module-info}.
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: may use {@code io.github.tomannex.tom}, {@code internal}, {@code
 * internal.rules}, {@code internal.yaml} ({@code Resources}, for {@code annex.css}), {@code
 * internal.validate} ({@code Placement}) and {@code internal.diff}. Must not use {@code bind} or
 * {@code lint}: it renders catalogues that are already loaded.
 */
package io.github.tomannex.tom.internal.render;
