package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Layout;
import io.github.tomannex.tom.SourceMap;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.Diagnostics;
import io.github.tomannex.tom.internal.Resources;
import io.github.tomannex.tom.internal.yaml.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in layouts and labels, read once from tom-core's resources. Immutable. */
public final class Layouts {
  public static final String DEFAULT = "de-classic";
  private static final List<String> IDS = List.of("de-classic", "eu-scc-annex-ii", "gdpr-art32");
  private static final List<String> RESOURCE_LANGUAGES = List.of("de", "en");

  private final Map<String, Text> labels;
  private final Map<String, Layout> layouts = new LinkedHashMap<>();
  /** Where the built-in texts are written in tom-core's resources. */
  private final SourceMap sources;

  private Layouts() {
    Positions positions = new Positions();
    this.labels = readLabels(positions);
    for (String id : IDS) {
      String name = "layouts/" + id + ".yaml";
      Diagnostics diags = new Diagnostics();
      Values values = new Values(diags);
      values.languages = RESOURCE_LANGUAGES;
      Node root = Resources.yaml(name);
      Layout layout = new LayoutBinder(diags, values, this, positions).custom(root, "layout", id, labels);
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

  public Map<String, Text> defaultLabels() {
    return labels;
  }

  /** Where the texts of the built-in layouts and labels are written. */
  public SourceMap sources() {
    return sources;
  }

  private static Map<String, Text> readLabels(Positions positions) {
    String name = "labels.yaml";
    Node root = Resources.yaml(name);
    Diagnostics diags = new Diagnostics();
    Values values = new Values(diags);
    values.languages = RESOURCE_LANGUAGES;
    Map<String, Text> out = new LinkedHashMap<>();
    if (root instanceof Node.Mapping m) {
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        out.put(e.getKey(), positions.text(values.text(e.getValue(), e.getKey(), true),
            e.getValue()));
      }
    }
    Resources.failOn(diags, name);
    return out;
  }
}
