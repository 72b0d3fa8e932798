package io.github.tomannex.tom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Writes diagnostics as SARIF 2.1.0 (Static Analysis Results Interchange Format), which code
 * scanning in CI (GitHub, GitLab, Azure DevOps) and IDEs read: one run of the tool {@code tom}, the
 * rules that have results (id, title, explanation, severity, a link to their documentation) and one
 * result per diagnostic with its file, line and column.
 *
 * <p>The output is deterministic: the same diagnostics give the same bytes (UTF-8 text, {@code \n}
 * line ends, no time stamps, rules in documented order, results in the order given). Stateless and
 * thread-safe.
 */
public final class Sarif {
  /** The SARIF version written. */
  public static final String VERSION = "2.1.0";

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final JsonFactory FACTORY = new JsonFactory();

  private Sarif() {}

  /**
   * The diagnostics as a SARIF log.
   *
   * @param diagnostics the diagnostics, for example {@link LoadResult#diagnostics()}
   * @param toolVersion the version of tom that found them, or empty
   * @param uri maps a diagnostic's source name to the artifact's path, relative to the root of the
   *     repository (the {@code %SRCROOT%} base), with {@code /} separators; for example {@code
   *     src/tom/catalogue.yaml}. It is written as an RFC 3986 URI reference: every character other
   *     than an unreserved one, {@code /} and the sub-delimiters is percent-encoded as UTF-8 (a
   *     space as {@code %20}, {@code #} as {@code %23}, {@code %} as {@code %25}, {@code :} as
   *     {@code %3A}, {@code Ü} as {@code %C3%9C})
   * @return the SARIF log, a JSON document ending in a line break
   */
  public static String write(
      List<Diagnostic> diagnostics, Optional<String> toolVersion, UnaryOperator<String> uri) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(uri, "uri");
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    for (Rule r : Rule.all()) {
      if (diagnostics.stream().anyMatch(d -> d.rule().equals(r.id()))) {
        index.put(r.id(), rules.size());
        rules.add(r);
      }
    }
    StringWriter out = new StringWriter();
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", VERSION);
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "tom");
      g.writeStringField("informationUri", "https://github.com/tomannex/tom");
      if (toolVersion.isPresent()) {
        g.writeStringField("version", toolVersion.get());
      }
      g.writeArrayFieldStart("rules");
      for (Rule r : rules) {
        rule(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeArrayFieldStart("results");
      for (Diagnostic d : diagnostics) {
        g.writeStartObject();
        g.writeStringField("ruleId", d.rule());
        Integer i = index.get(d.rule());
        if (i != null) {
          g.writeNumberField("ruleIndex", i);
        }
        g.writeStringField("level", level(d.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", d.fullMessage());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uriReference(uri.apply(d.location().source())));
        g.writeStringField("uriBaseId", "%SRCROOT%");
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", d.location().line());
        g.writeNumberField("startColumn", d.location().column());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out + "\n";
  }

  /**
   * A relative path as an RFC 3986 URI reference: unreserved characters, {@code /} and the
   * sub-delimiters stay, everything else (including {@code %}, and {@code :}, which in a first
   * segment would read as a scheme) is percent-encoded as UTF-8. A lone surrogate, which has no
   * UTF-8 form, becomes the encoding of U+FFFD.
   */
  static String uriReference(String path) {
    StringBuilder sb = new StringBuilder(path.length() + 16);
    byte[] bytes = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }

  private static void rule(JsonGenerator g, Rule r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", r.title());
    g.writeEndObject();
    if (r.explanation().isPresent()) {
      g.writeObjectFieldStart("fullDescription");
      g.writeStringField(
          "text", r.explanation().get() + r.source().map(s -> " Source: " + s + ".").orElse(""));
      g.writeEndObject();
    }
    g.writeStringField("helpUri", r.helpUri());
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(r.defaultSeverity()));
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * The SARIF level of a severity.
   *
   * @param severity a severity
   * @return {@code error}, {@code warning} or {@code note}
   */
  public static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
