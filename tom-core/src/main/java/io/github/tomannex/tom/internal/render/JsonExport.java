package io.github.tomannex.tom.internal.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Category;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Change;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.Text;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resolved catalogue as JSON: every text in every language, the layout with its numbered
 * sections and the ids of the measures each shows, and the mapping of every category used. Keys in
 * a fixed order, two-space indent, {@code \n} line ends.
 */
final class JsonExport {
  /** The version of this export's shape; raised when a key changes meaning or goes away. */
  static final int EXPORT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  static String write(Catalogue c) {
    return new JsonExport(c.document().languages()).export(c);
  }

  private final List<String> languages;

  /**
   * A generator writing tom's JSON: keys in the order written, two-space indent, {@code \n} line
   * ends, {@code "key": value}. Shared by the annex and the diff export.
   */
  static JsonGenerator generator(StringWriter out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(pretty);
    return g;
  }

  private JsonExport(List<String> languages) {
    this.languages = languages;
  }

  private String export(Catalogue c) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonExport.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("tom", c.formatVersion());
      g.writeNumberField("export", EXPORT_VERSION);
      document(g, c.document());
      g.writeObjectFieldStart("review");
      g.writeStringField("interval", c.review().interval().toString());
      g.writeStringField("last", c.review().last().toString());
      g.writeStringField("next", c.review().next().toString());
      optText(g, "statement", c.review().statement());
      g.writeEndObject();
      layout(g, c);
      g.writeArrayFieldStart("subprocessors");
      for (Subprocessor s : c.subprocessors()) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        optText(g, "service", s.service());
        optText(g, "location", s.place());
        optText(g, "transfer", s.transfer());
        optString(g, "notice-period", s.noticePeriod().map(Object::toString));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sites");
      for (Site s : c.sites()) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        text(g, "name", s.name());
        g.writeStringField("kind", s.kind().id());
        optText(g, "location", s.location());
        optString(g, "operator", s.operator());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("certificates");
      for (Certificate cert : c.certificates()) {
        g.writeStartObject();
        g.writeStringField("id", cert.id());
        text(g, "title", cert.title());
        g.writeStringField("standard", cert.standard());
        optText(g, "number", cert.number());
        optText(g, "issuer", cert.issuer());
        optString(g, "holder", cert.holder());
        optString(g, "site", cert.site());
        if (!cert.scope().isEmpty()) {
          stringArray(g, "scope", cert.scope());
        }
        optString(g, "valid-from", cert.validFrom().map(Object::toString));
        optString(g, "valid-until", cert.validUntil().map(Object::toString));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("measures");
      for (Measure m : c.measures()) {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("category", m.category());
        text(g, "text", m.text());
        optString(g, "site", m.site());
        optString(g, "type", m.type().map(t -> t.id()));
        g.writeStringField("status", m.status().id());
        optString(g, "due", m.due().map(Object::toString));
        optText(g, "reason", m.reason());
        if (!m.certificates().isEmpty()) {
          stringArray(g, "certificates", m.certificates());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!c.changes().isEmpty()) {
        g.writeArrayFieldStart("changes");
        for (Change ch : c.changes()) {
          g.writeStartObject();
          g.writeStringField("version", ch.version());
          g.writeStringField("date", ch.date().toString());
          optString(g, "measure", ch.measure());
          optString(g, "certificate", ch.certificate());
          text(g, "reason", ch.reason());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      categories(g, c);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  private void document(JsonGenerator g, Document d) throws IOException {
    g.writeObjectFieldStart("document");
    text(g, "title", d.title());
    optText(g, "label", d.label());
    g.writeStringField("version", d.version());
    g.writeStringField("effective", d.effective().toString());
    stringArray(g, "languages", d.languages());
    g.writeObjectFieldStart("processor");
    g.writeStringField("name", d.processor().name());
    optText(g, "address", d.processor().address());
    optText(g, "contact", d.processor().contact());
    g.writeEndObject();
    if (d.agreement().isPresent()) {
      g.writeObjectFieldStart("agreement");
      optText(g, "title", d.agreement().get().title());
      optText(g, "reference", d.agreement().get().reference());
      optString(g, "date", d.agreement().get().date().map(Object::toString));
      if (d.agreement().get().scc().isPresent()) {
        io.github.tomannex.tom.StandardClauses scc = d.agreement().get().scc().get();
        g.writeObjectFieldStart("scc");
        g.writeStringField("decision", scc.decision());
        if (scc.module().isPresent()) {
          g.writeNumberField("module", scc.module().get());
        }
        g.writeStringField("annex", scc.annex());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    optString(g, "url", d.url());
    optText(g, "preamble", d.preamble());
    optText(g, "closing", d.closing());
    if (d.equallyBinding()) {
      g.writeBooleanField("equally-binding", true);
    }
    if (d.acceptance()) {
      g.writeBooleanField("acceptance", true);
    }
    g.writeEndObject();
  }

  private void layout(JsonGenerator g, Catalogue c) throws IOException {
    g.writeObjectFieldStart("layout");
    g.writeStringField("id", c.layout().id());
    g.writeArrayFieldStart("sections");
    for (Plan.Heading n : Plan.of(c).sections()) {
      section(g, n);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void section(JsonGenerator g, Plan.Heading n) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", n.key());
    g.writeStringField("number", n.number());
    text(g, "title", n.title());
    optText(g, "intro", n.intro());
    stringArray(g, "measures", n.measures().stream().map(Measure::id).toList());
    if (n.certificates()) {
      g.writeBooleanField("certificates", true);
    }
    if (n.subprocessors()) {
      g.writeBooleanField("subprocessors", true);
    }
    if (n.review()) {
      g.writeBooleanField("review", true);
    }
    if (n.history()) {
      g.writeBooleanField("history", true);
    }
    if (!n.children().isEmpty()) {
      g.writeArrayFieldStart("sections");
      for (Plan.Heading child : n.children()) {
        section(g, child);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void categories(JsonGenerator g, Catalogue c) throws IOException {
    Set<String> used = new LinkedHashSet<>();
    Taxonomy taxonomy = Taxonomy.standard();
    Labels words = Labels.of(c);
    for (String id : taxonomy.ids()) {
      if (c.measures().stream().anyMatch(m -> m.category().equals(id))) {
        used.add(id);
      }
    }
    g.writeArrayFieldStart("categories");
    for (String id : used) {
      Category cat = taxonomy.find(id).orElseThrow(); // only known ids are in 'used'
      g.writeStartObject();
      g.writeStringField("id", cat.id());
      // in tom's languages and the catalogue's: the catalogue's words (layout.labels) first
      g.writeObjectFieldStart("title");
      Set<String> langs = new LinkedHashSet<>(cat.titles().keySet());
      langs.addAll(languages);
      for (String lang : langs) {
        Optional<String> t = words.word("category." + id, lang);
        if (t.isPresent()) {
          g.writeStringField(lang, t.get());
        }
      }
      g.writeEndObject();
      stringArray(g, "art32", cat.gdprArt32());
      optString(g, "german-control", cat.germanControl());
      stringArray(g, "bdsg-annex9", cat.bdsgAnnex9());
      stringArray(g, "bdsg64", cat.bdsg64());
      stringArray(g, "sdm-goals", cat.sdmGoals());
      stringArray(g, "sdm-modules", cat.sdmModules());
      g.writeArrayFieldStart("scc");
      for (int n : cat.sccAnnexII()) {
        g.writeNumber(n);
      }
      g.writeEndArray();
      stringArray(g, "iso27001", cat.iso27001());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void text(JsonGenerator g, String key, Text t) throws IOException {
    g.writeObjectFieldStart(key);
    for (Map.Entry<String, String> e : t.values().entrySet()) {
      if (languages.contains(e.getKey())) {
        g.writeStringField(e.getKey(), e.getValue());
      }
    }
    g.writeEndObject();
  }

  private void optText(JsonGenerator g, String key, Optional<Text> t) throws IOException {
    if (t.isPresent()) {
      text(g, key, t.get());
    }
  }

  private void optString(JsonGenerator g, String key, Optional<String> s) throws IOException {
    if (s.isPresent()) {
      g.writeStringField(key, s.get());
    }
  }

  private void stringArray(JsonGenerator g, String key, List<String> values) throws IOException {
    g.writeArrayFieldStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
