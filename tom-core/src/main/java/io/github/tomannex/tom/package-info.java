/**
 * The tom API: load a catalogue of technical and organisational measures (Art. 32 GDPR) from YAML,
 * check it, and render the annex as Markdown, HTML or JSON, or compare two versions.
 *
 * <p>How to start: build one {@link Tom} with {@link Tom#builder()}, {@linkplain
 * Tom#load(java.nio.file.Path) load} a file into a {@link LoadResult} (its {@link Diagnostic}s name
 * file, line and column; loading does not throw for bad input), take the {@link Catalogue} from it
 * and {@linkplain Tom#render(Catalogue, Format, String) render} it in a {@link Format} and
 * language, or {@linkplain Tom#diff(Catalogue, Catalogue) diff} it against a baseline into a {@link
 * CatalogueDiff}. An {@link AnnexHandler} receives the annex as events, for outputs tom-core does
 * not write itself (the PDF of tom-pdf, the site page of the Maven plugin).
 *
 * <p>Output formats: an {@link OutputFormat} is the one extension point for formats, found with
 * {@link java.util.ServiceLoader} (registered in {@code
 * META-INF/services/io.github.tomannex.tom.OutputFormat}); {@link OutputFormats} lists them and
 * looks them up by id, and {@link Tom#renderAll(Catalogue, java.util.List, java.util.Collection,
 * RenderOptions)} renders them into {@link RenderedFile}s.
 *
 * <p>Thread-safety and immutability: a {@code Tom} is immutable and thread-safe; build it once and
 * share it. Its builder is not thread-safe. The values it returns (catalogues, measures,
 * diagnostics, diffs, rendered files) are immutable. Signatures use JDK types only.
 *
 * <p>Dependencies: this package is the only one tom-core exports (see {@code module-info}). Its
 * implementation lives in the {@code io.github.tomannex.tom.internal} packages, which are not API
 * and may change in any release.
 */
package io.github.tomannex.tom;
