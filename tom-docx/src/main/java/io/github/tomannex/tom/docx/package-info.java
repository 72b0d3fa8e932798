/**
 * The annex and the change notice as Word documents: {@link DocxFormat} is the {@link
 * io.github.tomannex.tom.OutputFormat} {@code docx}, registered in {@code
 * META-INF/services/io.github.tomannex.tom.OutputFormat}, so that {@link
 * io.github.tomannex.tom.OutputFormats} (and the Maven plugin) find it on the class path.
 *
 * <p>The annex ({@code annex-<lang>.docx}) uses Word's built-in heading styles, numbered list
 * paragraphs, a table of the certificates, a header with title and version, a footer with page
 * numbers, document properties and the text's language. The change notice ({@code
 * changes-<lang>.docx}) shows changed words as tracked changes by the author "tom", dated the new
 * version's effective date, which a reader accepts or rejects one by one in Word.
 *
 * <p>Thread-safety and immutability: {@link DocxFormat} is immutable and thread-safe. The same
 * catalogue always gives the same bytes: the package's dates come from the catalogue, never from
 * the clock.
 *
 * <p>Dependencies: the API of tom-core only (the annex reaches this module as {@link
 * io.github.tomannex.tom.AnnexHandler} events) and CommonMark for certificate fields; the
 * WordprocessingML is written by {@code io.github.tomannex.tom.docx.internal}, which is not API.
 */
package io.github.tomannex.tom.docx;
