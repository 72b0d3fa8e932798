package io.github.tomannex.tom.internal.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.MeasureType;
import io.github.tomannex.tom.Rule;
import io.github.tomannex.tom.RuleLevel;
import io.github.tomannex.tom.SiteKind;
import io.github.tomannex.tom.Tom;
import io.github.tomannex.tom.internal.bind.AllKeys;
import io.github.tomannex.tom.internal.bind.Entity;
import io.github.tomannex.tom.internal.bind.Key;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every key the change notice can name has its words in {@code labels.yaml} ({@code
 * notice.field.…}): a key added to a table of {@link Entity} without a label fails here, not with
 * an exception when a notice is rendered.
 */
class NoticeLabelsTest {
  private static final List<String> LANGUAGES = List.of("de", "en");

  /**
   * How the change notice names a key of the entity ({@code field.} + this + key), or null when the
   * notice does not compare the entity's keys one by one.
   */
  static String prefix(Entity e) {
    return switch (e) {
      case DOCUMENT, SUBPROCESSOR, SITE, CERTIFICATE, MEASURE -> "";
      case PROCESSOR -> "processor.";
      case AGREEMENT -> "agreement.";
      case REVIEW -> "review.";
      // the standard contractual clauses are compared as one value, agreement.scc
      case SCC -> null;
      // the log is history, not compared; of the top level only the layout's id is (below)
      case CHANGE, TOP, SECTION, SECTION_OVERRIDE, OTHER, LAYOUT_EXTENSION, OWN_LAYOUT -> null;
    };
  }

  /** The item of a change notice that holds the keys of an entity. */
  private static CatalogueDiff.Kind kind(Entity e) {
    return switch (e) {
      case DOCUMENT, PROCESSOR, AGREEMENT, SCC, REVIEW -> CatalogueDiff.Kind.DOCUMENT;
      case SUBPROCESSOR -> CatalogueDiff.Kind.SUBPROCESSOR;
      case SITE -> CatalogueDiff.Kind.SITE;
      case CERTIFICATE -> CatalogueDiff.Kind.CERTIFICATE;
      case MEASURE -> CatalogueDiff.Kind.MEASURE;
      case CHANGE, TOP, SECTION, SECTION_OVERRIDE, OTHER, LAYOUT_EXTENSION, OWN_LAYOUT -> null;
    };
  }

  /**
   * A changed text, name or free string of a compared entity is in the change notice, under the
   * key's name: a key added to a table but not to the differ fails here.
   */
  @Test
  void everyComparedFreeValueIsCompared() {
    Tom.Builder b = Tom.builder();
    for (Rule r : Rule.all()) {
      if (r.configurable()) {
        b.ruleSeverity(r.id(), RuleLevel.OFF);
      }
    }
    Tom tom = b.build();
    Catalogue before = tom.loadString(AllKeys.YAML, "v1.yaml").orElseThrow();
    int checked = 0;
    for (Entity e : Entity.values()) {
      if (prefix(e) == null) {
        continue;
      }
      for (Key k : e.keys()) {
        if (!k.kind().isFree()) {
          continue;
        }
        String marker = AllKeys.marker(e, k);
        Catalogue after =
            tom.loadString(
                    AllKeys.YAML.replace(marker, marker.replace("]", " changed]")), "v2.yaml")
                .orElseThrow();
        String name = prefix(e) + k.name();
        List<String> named = new ArrayList<>();
        for (CatalogueDiff.Item item : tom.diff(before, after).items(kind(e))) {
          item.fields().forEach(f -> named.add(f.name()));
          item.texts().forEach(t -> named.add(t.name()));
        }
        assertTrue(
            named.contains(name),
            e.what()
                + "."
                + k.name()
                + " changed, but the"
                + " change notice names only "
                + named
                + "; compare it in Differ as '"
                + name
                + "'");
        checked++;
      }
    }
    assertTrue(checked >= 15, "checked " + checked);
  }

  private static JsonNode labels() throws IOException {
    try (InputStream in = Tom.class.getResourceAsStream("labels.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readTree(in).path("document");
    }
  }

  @Test
  void everyComparedKeyHasANoticeLabel() throws IOException {
    JsonNode labels = labels();
    List<String> missing = new ArrayList<>();
    List<String> keys = new ArrayList<>(List.of("field.layout"));
    for (Entity e : Entity.values()) {
      String prefix = prefix(e);
      if (prefix == null) {
        continue;
      }
      for (Key k : e.keys()) {
        if (!k.name().equals("id") && k.kind() != Key.Kind.MAPPING) {
          keys.add("field." + prefix + k.name());
        }
      }
    }
    for (SiteKind k : SiteKind.values()) {
      keys.add("kind." + k.id());
    }
    for (MeasureStatus s : MeasureStatus.values()) {
      keys.add("status." + s.id());
    }
    for (MeasureType t : MeasureType.values()) {
      keys.add("type." + t.id());
    }
    for (String key : keys) {
      for (String lang : LANGUAGES) {
        if (!labels.path("notice." + key).path(lang).isTextual()) {
          missing.add(key + " (" + lang + ")");
        }
      }
    }
    assertTrue(keys.size() > 40, keys.toString());
    assertTrue(missing.isEmpty(), "labels.yaml has no notice words for " + missing);
  }
}
