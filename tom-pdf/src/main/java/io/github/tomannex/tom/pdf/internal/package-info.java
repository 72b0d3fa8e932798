/**
 * The implementation of the PDF: {@code PrintHtml} writes the annex events as the XHTML that
 * openhtmltopdf lays out ({@code InlineMarkdown} for one-line texts); {@code Fonts}, {@code
 * Glyphs}, {@code MetricsCache} and {@code OwnFontMapper} provide the embedded Liberation fonts and
 * what they can draw; {@code TextCheck} names undrawable characters as PDF-001 warnings; {@code
 * JdkBidi} does right-to-left text with the JDK; {@code PdfMetadata} writes the document
 * information and XMP metadata.
 *
 * <p>Not API; may change in any release.
 *
 * <p>Dependencies: may use the API of tom-core ({@code io.github.tomannex.tom}) only, never {@code
 * io.github.tomannex.tom.internal}; used by {@code io.github.tomannex.tom.pdf}.
 */
package io.github.tomannex.tom.pdf.internal;
