package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Layout;
import io.github.tomannex.tom.SourceMap;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.yaml.Resources;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in layouts and tom's words ({@code labels.yaml}, and the category titles of {@code
 * taxonomy.yaml} as {@code category.<id>}), read once from tom-core's resources. Immutable.
 */
public final class Layouts {
  public static final String DEFAULT = "de-classic";
  private static final List<String> IDS =
      List.of("de-classic", "eu-scc-annex-ii", "eu-dpa-annex-iii", "gdpr-art32");
  private static final List<String> RESOURCE_LANGUAGES = List.of("de", "en");

  private final Map<String, Text> labels;
  private final Map<String, Text> toolWords;
  private final Map<String, Layout> layouts = new LinkedHashMap<>();

  /** Where the built-in texts are written in tom-core's resources. */
  private final SourceMap sources;

  private Layouts() {
    Positions positions = new Positions();
    YamlNode.Mapping words = (YamlNode.Mapping) Resources.yaml("labels.yaml");
    Map<String, Text> document = texts(words.entries().get("document"), positions);
    document.putAll(categoryTitles(positions));
    this.labels = java.util.Collections.unmodifiableMap(document);
    this.toolWords =
        java.util.Collections.unmodifiableMap(texts(words.entries().get("tool"), positions));
    for (String id : IDS) {
      String name = "layouts/" + id + ".yaml";
      Diagnostics diags = new Diagnostics();
      Values values = new Values(diags);
      values.languages = RESOURCE_LANGUAGES;
      YamlNode root = Resources.yaml(name);
      Layout layout =
          new LayoutBinder(diags, values, this, positions).custom(root, "layout", id, labels);
      Resources.failOn(diags, name);
      layouts.put(id, layout);
    }
    this.sources = positions.build();
  }

  private static final class Holder {
    static final Layouts INSTANCE = new Layouts();
  }

  /** The built-in layouts. */
  public static Layouts standard() {
    return Holder.INSTANCE;
  }

  public List<String> ids() {
    return IDS;
  }

  /** The built-in layout, or null. */
  public Layout find(String id) {
    return layouts.get(id);
  }

  /**
   * The words of the documents, by key: {@code labels.yaml}'s {@code document:} words, then the
   * category titles as {@code category.<id>}. A layout's labels start from these.
   */
  public Map<String, Text> defaultLabels() {
    return labels;
  }

  /** The words of the tools around a document ({@code labels.yaml}'s {@code tool:} words). */
  public Map<String, Text> toolWords() {
    return toolWords;
  }

  /** Where the texts of the built-in layouts and labels are written. */
  public SourceMap sources() {
    return sources;
  }

  /** A mapping of key to {@code {language: word}}, as texts whose positions are recorded. */
  private static Map<String, Text> texts(YamlNode node, Positions positions) {
    Map<String, Text> out = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> e : ((YamlNode.Mapping) node).entries().entrySet()) {
      out.put(e.getKey(), text((YamlNode.Mapping) e.getValue(), positions));
    }
    return out;
  }

  private static Text text(YamlNode.Mapping m, Positions positions) {
    Map<String, String> values = new LinkedHashMap<>();
    m.entries().forEach((lang, v) -> values.put(lang, ((YamlNode.Scalar) v).text()));
    return positions.text(new Text(values), m);
  }

  /** The title of every category of {@code taxonomy.yaml}, as {@code category.<id>}. */
  private static Map<String, Text> categoryTitles(Positions positions) {
    Map<String, Text> out = new LinkedHashMap<>();
    YamlNode.Mapping top = (YamlNode.Mapping) Resources.yaml("taxonomy.yaml");
    for (YamlNode item : ((YamlNode.Seq) top.entries().get("categories")).items()) {
      YamlNode.Mapping c = (YamlNode.Mapping) item;
      out.put(
          "category." + ((YamlNode.Scalar) c.entries().get("id")).text(),
          text((YamlNode.Mapping) c.entries().get("title"), positions));
    }
    return out;
  }
}
