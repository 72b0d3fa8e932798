package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Category;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.yaml.Resources;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code taxonomy.yaml}, tom-core's category data. */
public final class TaxonomyReader {
  private TaxonomyReader() {}

  public static List<Category> read() {
    String name = "taxonomy.yaml";
    Diagnostics diags = new Diagnostics();
    Values values = new Values(diags);
    Obj top = values.obj(Resources.yaml(name), "", "categories", "aliases");
    List<Category> out = new ArrayList<>();
    for (YamlNode item : values.list(top.require("categories"), "categories")) {
      Obj o =
          values.obj(
              item,
              "categories",
              "id",
              "title",
              "german-control",
              "art32",
              "bdsg-annex9",
              "bdsg64",
              "sdm-goals",
              "sdm-modules",
              "scc",
              "iso27001");
      Map<String, String> titles = new LinkedHashMap<>();
      if (o.require("title") instanceof YamlNode.Mapping m) {
        m.entries().forEach((k, v) -> titles.put(k, values.string(v, "title")));
      }
      YamlNode control = o.get("german-control");
      List<Integer> scc = new ArrayList<>();
      for (String s : strings(values, o, "scc")) {
        scc.add(Integer.valueOf(s));
      }
      out.add(
          new Category(
              values.id(o.require("id"), "id"),
              titles,
              strings(values, o, "art32"),
              strings(values, o, "bdsg-annex9"),
              strings(values, o, "bdsg64"),
              Optional.ofNullable(
                  control == null ? null : values.string(control, "german-control")),
              strings(values, o, "sdm-goals"),
              strings(values, o, "sdm-modules"),
              scc,
              strings(values, o, "iso27001")));
    }
    Resources.failOn(diags, name);
    return out;
  }

  /**
   * The other names users give categories ({@code aliases:} in {@code taxonomy.yaml}): a name to
   * the ids it may mean, for suggestions only.
   */
  public static Map<String, List<String>> aliases() {
    String name = "taxonomy.yaml";
    Diagnostics diags = new Diagnostics();
    Values values = new Values(diags);
    Obj top = values.obj(Resources.yaml(name), "", "categories", "aliases");
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (top.get("aliases") instanceof YamlNode.Mapping m) {
      for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
        List<String> ids = new ArrayList<>();
        for (YamlNode item : values.list(e.getValue(), "aliases")) {
          ids.add(values.id(item, "aliases"));
        }
        out.put(e.getKey(), List.copyOf(ids));
      }
    }
    Resources.failOn(diags, name);
    return Map.copyOf(out);
  }

  private static List<String> strings(Values values, Obj o, String key) {
    YamlNode n = o.get(key);
    List<String> out = new ArrayList<>();
    if (n != null) {
      for (YamlNode item : values.list(n, key)) {
        if (item instanceof YamlNode.Scalar s) {
          out.add(s.text());
        }
      }
    }
    return out;
  }
}
