/**
 * tom-core: loads TOM catalogues (technical and organisational measures, Art. 32 GDPR) from
 * YAML, validates them and renders the annex as Markdown, HTML and JSON. The API is the
 * package {@code io.github.tomannex.tom}; everything under {@code internal} is not.
 */
module io.github.tomannex.tom.core {
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.commonmark;

  exports io.github.tomannex.tom;

  // output formats: tom-core's three here, others (tom-pdf's pdf) from their own jars
  uses io.github.tomannex.tom.OutputFormat;
  provides io.github.tomannex.tom.OutputFormat with
      io.github.tomannex.tom.internal.render.MarkdownFormat,
      io.github.tomannex.tom.internal.render.HtmlFormat,
      io.github.tomannex.tom.internal.render.JsonFormat;
}
