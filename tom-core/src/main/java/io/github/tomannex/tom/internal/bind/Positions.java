package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.SourceMap;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import java.util.Map;

/**
 * Records, while binding, where each bound part was written: the one place positions are kept
 * ({@link SourceMap}). Not thread-safe; one per load.
 */
final class Positions {
  private final SourceMap.Builder map = SourceMap.builder();

  Positions() {}

  /** Starts with the positions of another map, such as the built-in layouts'. */
  Positions(SourceMap start) {
    map.addAll(start);
  }

  /**
   * Records an entry bound from a mapping: the mapping, the value of each key, and the items of
   * each list of scalars.
   */
  <T> T entry(T entry, YamlNode.Mapping m) {
    map.add(entry, m.location());
    for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
      map.add(entry, e.getKey(), e.getValue().location());
      if (e.getValue() instanceof YamlNode.Seq seq) {
        for (YamlNode item : seq.items()) {
          if (item instanceof YamlNode.Scalar s) {
            map.add(entry, e.getKey(), s.text(), s.location());
          }
        }
      }
    }
    return entry;
  }

  /**
   * Records a text bound from a node (null when it was not bound): a string counts for every
   * language it was bound to, a mapping gives each language its own value's position.
   */
  Text text(Text t, YamlNode n) {
    if (t == null) {
      return null;
    }
    map.add(t, n.location());
    for (String lang : t.values().keySet()) {
      YamlNode value = n instanceof YamlNode.Mapping m ? m.entries().get(lang) : null;
      map.add(t, lang, value != null ? value.location() : n.location());
    }
    return t;
  }

  SourceMap build() {
    return map.build();
  }
}
