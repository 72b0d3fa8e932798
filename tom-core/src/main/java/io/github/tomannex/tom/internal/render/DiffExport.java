package io.github.tomannex.tom.internal.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.CatalogueDiff.Field;
import io.github.tomannex.tom.CatalogueDiff.Item;
import io.github.tomannex.tom.CatalogueDiff.Reduction;
import io.github.tomannex.tom.CatalogueDiff.TextChange;
import io.github.tomannex.tom.CatalogueDiff.Words;
import io.github.tomannex.tom.Change;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link CatalogueDiff} as JSON: the versions compared, the changed sub-processors with the date
 * until which the controller may object (only when there are any), every changed item with its
 * fields and word-level text changes, and the reductions with the log entry that records each. Keys
 * in a fixed order, two-space indent, {@code \n} line ends.
 */
final class DiffExport {
  private DiffExport() {}

  static String write(CatalogueDiff diff) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonExport.generator(out)) {
      g.writeStartObject();
      g.writeNumberField("tom-changes", 1);
      g.writeObjectFieldStart("baseline");
      g.writeStringField("version", diff.baseline().document().version());
      g.writeStringField("effective", diff.baseline().document().effective().toString());
      g.writeEndObject();
      g.writeObjectFieldStart("current");
      g.writeStringField("version", diff.current().document().version());
      g.writeStringField("effective", diff.current().document().effective().toString());
      g.writeEndObject();
      // changed sub-processors first, with the date until which the controller may object
      // (Art. 28(2) GDPR); the key only when there are any
      List<Item> subprocessors = diff.items(CatalogueDiff.Kind.SUBPROCESSOR);
      if (!subprocessors.isEmpty()) {
        g.writeArrayFieldStart("subprocessors");
        for (Item item : subprocessors) {
          g.writeStartObject();
          g.writeStringField("id", item.id());
          g.writeStringField("change", item.type().id());
          opt(
              g,
              "objection-until",
              SubprocessorNotice.objectionUntil(diff, item).map(Object::toString));
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("reductions");
      for (Reduction r : diff.reductions()) {
        g.writeStartObject();
        g.writeStringField("kind", r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        g.writeStringField("id", r.id());
        g.writeStringField("before", r.before());
        g.writeStringField("after", r.after());
        if (r.recordedBy().isPresent()) {
          Change c = r.recordedBy().get();
          g.writeObjectFieldStart("recorded");
          g.writeStringField("version", c.version());
          g.writeStringField("date", c.date().toString());
          g.writeObjectFieldStart("reason");
          for (var e : c.reason().values().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("items");
      for (Item item : diff.items()) {
        g.writeStartObject();
        g.writeStringField("kind", item.kind().id());
        g.writeStringField("id", item.id());
        g.writeStringField("change", item.type().id());
        if (!item.fields().isEmpty()) {
          g.writeArrayFieldStart("fields");
          for (Field f : item.fields()) {
            g.writeStartObject();
            g.writeStringField("name", f.name());
            opt(g, "before", f.before());
            opt(g, "after", f.after());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        if (!item.texts().isEmpty()) {
          g.writeArrayFieldStart("texts");
          for (TextChange t : item.texts()) {
            g.writeStartObject();
            g.writeStringField("name", t.name());
            g.writeStringField("language", t.language());
            opt(g, "before", t.before());
            opt(g, "after", t.after());
            g.writeArrayFieldStart("words");
            for (Words w : t.words()) {
              g.writeStartObject();
              g.writeStringField(w.edit().name().toLowerCase(Locale.ROOT), w.text());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void opt(JsonGenerator g, String key, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(key, v.get());
    }
  }
}
