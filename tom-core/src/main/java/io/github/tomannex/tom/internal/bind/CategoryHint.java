package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Category;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.internal.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The suggestion for a category that does not exist: a typo of an id, a category's German or
 * English title ({@code Zutrittskontrolle}, {@code Physical access control}), the name of the
 * classic German control, or a common synonym from {@code aliases:} in the taxonomy ({@code
 * access-control}, which may mean three categories).
 */
public final class CategoryHint {
  private static final class Holder {
    static final Map<String, List<String>> NAMES = names();
  }

  private CategoryHint() {}

  /**
   * A hint for an unknown category, or null when nothing is close.
   *
   * @param value the category as written
   */
  public static String hint(String value) {
    List<String> ids = Taxonomy.standard().ids();
    String typo = Suggest.closest(value, ids);
    if (typo != null) {
      return "did you mean '" + typo + "'?";
    }
    String key = normalise(value);
    List<String> meant = Holder.NAMES.get(key);
    if (meant == null) {
      String close = Suggest.closest(key, Holder.NAMES.keySet());
      meant = close == null ? null : Holder.NAMES.get(close);
    }
    if (meant == null) {
      return null;
    }
    if (meant.size() == 1) {
      return "did you mean '" + meant.get(0) + "'? categories are written by their id";
    }
    StringBuilder sb = new StringBuilder("did you mean ");
    for (int i = 0; i < meant.size(); i++) {
      sb.append(i == 0 ? "" : i == meant.size() - 1 ? " or " : ", ");
      sb.append('\'').append(meant.get(i)).append('\'');
    }
    return sb.append("? categories are written by their id").toString();
  }

  /** Lower case, umlauts spelled out, every run of other characters one hyphen. */
  static String normalise(String s) {
    String lower =
        s.toLowerCase(Locale.ROOT)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '-') {
      end--;
    }
    return sb.substring(0, end);
  }

  private static Map<String, List<String>> names() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (Category c : Taxonomy.standard().categories()) {
      for (String title : c.titles().values()) {
        add(names, normalise(title), c.id());
      }
      c.germanControl().ifPresent(g -> add(names, normalise(g), c.id()));
    }
    TaxonomyReader.aliases()
        .forEach((alias, ids) -> ids.forEach(id -> add(names, normalise(alias), id)));
    return names;
  }

  private static void add(Map<String, List<String>> names, String key, String id) {
    List<String> ids = names.computeIfAbsent(key, k -> new ArrayList<>());
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }
}
