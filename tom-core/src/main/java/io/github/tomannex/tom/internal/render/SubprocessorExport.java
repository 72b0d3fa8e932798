package io.github.tomannex.tom.internal.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.lint.Countries;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sub-processor list as JSON ({@code subprocessors.json}), all languages: the document's title
 * per language, processor, agreement, version and date, and each sub-processor with service,
 * location, whether the location is in the EEA ({@code eea}, only when its words tell), the
 * transfer mechanism and the notice period. Keys in a fixed order, as the annex's export.
 */
final class SubprocessorExport {
  /** The version of this export's shape; raised when a key changes meaning or goes away. */
  static final int EXPORT_VERSION = 1;

  private final List<String> languages;

  private SubprocessorExport(List<String> languages) {
    this.languages = languages;
  }

  static String write(Catalogue c) {
    return new SubprocessorExport(c.document().languages()).export(c);
  }

  private String export(Catalogue c) {
    StringWriter out = new StringWriter();
    Document d = c.document();
    Labels words = Labels.of(c);
    try (JsonGenerator g = JsonExport.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("tom", c.formatVersion());
      g.writeNumberField("export", EXPORT_VERSION);
      g.writeStringField("kind", "subprocessors");
      g.writeObjectFieldStart("title");
      for (String lang : languages) {
        g.writeStringField(lang, words.format("subprocessors.title", lang));
      }
      g.writeEndObject();
      g.writeStringField("version", d.version());
      g.writeStringField("effective", d.effective().toString());
      g.writeArrayFieldStart("languages");
      for (String lang : languages) {
        g.writeString(lang);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("processor");
      g.writeStringField("name", d.processor().name());
      optText(g, "address", d.processor().address());
      optText(g, "contact", d.processor().contact());
      g.writeEndObject();
      if (d.agreement().isPresent()) {
        g.writeObjectFieldStart("agreement");
        optText(g, "title", d.agreement().get().title());
        optText(g, "reference", d.agreement().get().reference());
        g.writeEndObject();
      }
      optString(g, "url", d.url());
      g.writeArrayFieldStart("subprocessors");
      for (Subprocessor s : c.subprocessors()) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        optText(g, "service", s.service());
        optText(g, "location", s.place());
        if (s.place().isPresent()) {
          List<String> place = List.copyOf(s.place().get().values().values());
          if (Countries.onlyEea(place)) {
            g.writeBooleanField("eea", true);
          } else if (Countries.thirdCountry(place).isPresent() || Countries.open(place)) {
            g.writeBooleanField("eea", false);
          }
        }
        optText(g, "transfer", s.transfer());
        optString(g, "notice-period", s.noticePeriod().map(Object::toString));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  private void optText(JsonGenerator g, String key, Optional<Text> t) throws IOException {
    if (t.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(key);
    for (Map.Entry<String, String> e : t.get().values().entrySet()) {
      if (languages.contains(e.getKey())) {
        g.writeStringField(e.getKey(), e.getValue());
      }
    }
    g.writeEndObject();
  }

  private static void optString(JsonGenerator g, String key, Optional<String> s)
      throws IOException {
    if (s.isPresent()) {
      g.writeStringField(key, s.get());
    }
  }
}
