package io.github.tomannex.tom.internal.validate;

import io.github.tomannex.tom.Layout;
import io.github.tomannex.tom.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which section places each category: the first, in depth-first order, that names it. */
public final class Placement {
  private Placement() {}

  public static Map<String, String> of(Layout layout) {
    Map<String, String> placed = new LinkedHashMap<>();
    collect(layout.sections(), placed);
    return placed;
  }

  private static void collect(List<Section> sections, Map<String, String> placed) {
    for (Section s : sections) {
      for (String c : s.categories()) {
        placed.putIfAbsent(c, s.id());
      }
      collect(s.sections(), placed);
    }
  }
}
