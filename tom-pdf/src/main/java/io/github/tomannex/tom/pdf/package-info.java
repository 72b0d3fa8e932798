/**
 * The PDF of the annex and of the change notice: {@link PdfRenderer} renders a catalogue loaded by
 * tom-core as a print-ready, tagged PDF/A-2a and PDF/UA-1 in one language, with every font
 * embedded, and names what its fonts cannot draw as warnings. {@link PdfFormat} is the same as the
 * {@link io.github.tomannex.tom.OutputFormat} {@code pdf}, registered in {@code
 * META-INF/services/io.github.tomannex.tom.OutputFormat}, so that {@link
 * io.github.tomannex.tom.OutputFormats} (and the Maven plugin) find it on the class path.
 *
 * <p>How to start: load a {@link io.github.tomannex.tom.Catalogue} with {@link
 * io.github.tomannex.tom.Tom}, then {@code PdfRenderer.builder().build().render(catalogue, "de")}
 * gives the bytes; {@link PdfRenderer#check(io.github.tomannex.tom.Catalogue, String)} gives the
 * warnings to show next to it.
 *
 * <p>Thread-safety and immutability: a {@code PdfRenderer} is immutable and thread-safe; build it
 * once and share it. The same catalogue and timestamp always give the same bytes.
 *
 * <p>Dependencies: uses the API of tom-core ({@code io.github.tomannex.tom}) only, never its
 * internals; the annex reaches it as {@link io.github.tomannex.tom.AnnexHandler} events, like every
 * other output. Its implementation is in {@code io.github.tomannex.tom.pdf.internal}, which is not
 * API.
 */
package io.github.tomannex.tom.pdf;
