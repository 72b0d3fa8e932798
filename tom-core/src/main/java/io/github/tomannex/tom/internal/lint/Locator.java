package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.SourceMap;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.bind.CatalogueBinder.Bound;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Source positions for diagnostics: of bound entries, their keys and texts (from the one {@link
 * SourceMap} the binder builds), and of top-level keys and layout sections.
 */
public final class Locator {
  private final Bound bound;
  private final SourceMap sources;
  private final YamlNode.Mapping root;

  /** Section ids of the layout, built on first use: where each id is first named, depth first. */
  private Map<String, Location> sections;

  public Locator(Bound bound, YamlNode.Mapping root) {
    this.bound = bound;
    this.sources = bound.sources();
    this.root = root;
  }

  /** A bound entry (a measure, a site …). */
  public Location at(Object entry) {
    return bound.at(entry);
  }

  /** Where a text of the catalogue starts. */
  public Location text(Text text) {
    return sources
        .positionOf(text)
        .orElseThrow(() -> new IllegalArgumentException("not a bound text: " + text));
  }

  /** Where a language's text of a text of the catalogue starts, else the text. */
  public Location text(Text text, String language) {
    return sources.positionOf(text, language).orElseGet(() -> text(text));
  }

  /** Whether a text was bound from the catalogue (not from a built-in layout or label). */
  public boolean bound(Text text) {
    return sources.positionOf(text).isPresent();
  }

  /** The value of a key of a bound entry (document, review, a measure …), or the entry. */
  public Location at(Object entry, String key) {
    return bound.at(entry, key, null);
  }

  /** An item of a list under a key of a bound entry. */
  public Location at(Object entry, String key, String item) {
    return bound.at(entry, key, item);
  }

  /** The value of a top-level key, or the start of the file. */
  public Location top(String key) {
    YamlNode n = root.entries().get(key);
    return n != null ? n.location() : root.location();
  }

  /** A section of the catalogue's own layout or its override, else the layout key. */
  public Location section(String id) {
    YamlNode layout = root.entries().get("layout");
    if (layout != null && sections == null) {
      Map<String, Location> index = new HashMap<>();
      index(layout, index);
      sections = index;
    }
    Location found = layout == null ? null : sections.get(id);
    return found != null ? found : top(layout != null ? "layout" : "measures");
  }

  private static void index(YamlNode node, Map<String, Location> index) {
    if (node instanceof YamlNode.Mapping m) {
      if (m.entries().get("id") instanceof YamlNode.Scalar s) {
        index.putIfAbsent(s.text(), m.location());
      }
      if (m.entries().get("overrides") instanceof YamlNode.Mapping o) {
        o.keys().forEach(index::putIfAbsent);
      }
      for (YamlNode child : m.entries().values()) {
        index(child, index);
      }
    } else if (node instanceof YamlNode.Seq s) {
      for (YamlNode i : s.items()) {
        index(i, index);
      }
    }
  }
}
