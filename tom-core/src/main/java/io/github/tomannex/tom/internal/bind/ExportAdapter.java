package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Layout;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads tom's own JSON export (the {@code annex.json} a release attaches) back as a catalogue, so a
 * released version can be the baseline of a diff. The export holds every field of the catalogue;
 * the keys it adds ({@code export}, {@code review.next}, the resolved {@code layout.sections},
 * {@code categories}) are set aside before binding. A built-in layout is restored by its id
 * (without the catalogue's overrides and labels, which the export does not carry); a layout of the
 * catalogue's own is not part of the export either, so it comes back as a layout of that id without
 * sections (every measure then renders under "other measures"): enough to compare, not to render
 * the old annex again.
 */
public final class ExportAdapter {
  /** The export versions this reader understands. */
  static final int EXPORT_VERSION = 1;

  private ExportAdapter() {}

  /**
   * Whether a file is a JSON export: written as a JSON object (its first character other than
   * whitespace is <code>{</code>) with an {@code export} key. A YAML catalogue with an {@code
   * export} key is not one: that key is an error there.
   */
  public static boolean isExport(byte[] bytes, YamlNode root) {
    return isJsonObject(bytes)
        && root instanceof YamlNode.Mapping m
        && m.entries().containsKey("export");
  }

  /** Whether a file is tom's diff export ({@code changes.json}), not an annex export. */
  public static boolean isDiffExport(byte[] bytes, YamlNode root) {
    return isJsonObject(bytes)
        && root instanceof YamlNode.Mapping m
        && m.entries().containsKey("tom-changes");
  }

  private static boolean isJsonObject(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0; // a UTF-8 byte order mark
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b == '{';
      }
    }
    return false;
  }

  /** The export as the catalogue mapping it was made from; reports an unknown version. */
  public static YamlNode.Mapping toCatalogue(YamlNode.Mapping root, Diagnostics diags) {
    YamlNode version = root.entries().get("export");
    if (!(version instanceof YamlNode.Scalar s)
        || !String.valueOf(EXPORT_VERSION).equals(s.text())) {
      String was =
          version instanceof YamlNode.Scalar sc && !sc.text().isEmpty()
              ? sc.text()
              : version.describe();
      diags.report(
          version.location(),
          "SCHEMA-008",
          "'export' is "
              + was
              + ", an unknown export version; this version of tom reads"
              + " export "
              + EXPORT_VERSION);
    }
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, io.github.tomannex.tom.Location> keys = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> e : root.entries().entrySet()) {
      String key = e.getKey();
      YamlNode value = e.getValue();
      if (key.equals("export") || key.equals("categories")) {
        continue;
      }
      if (key.equals("review") && value instanceof YamlNode.Mapping review) {
        value = without(review, "next");
      }
      if (key.equals("layout")
          && value instanceof YamlNode.Mapping layout
          && layout.entries().get("id") instanceof YamlNode.Scalar id) {
        if (!Layouts.standard().ids().contains(id.text())) {
          continue; // a layout of its own: restored as an empty one by restoreLayout
        }
        value = id;
      }
      if (isEmptyList(value) && List.of("subprocessors", "sites", "certificates").contains(key)) {
        continue;
      }
      entries.put(key, value);
      keys.put(key, root.keys().get(key));
    }
    return new YamlNode.Mapping(entries, keys, root.location());
  }

  /** The catalogue with the export's own layout id, when it was not a built-in one. */
  public static Catalogue restoreLayout(YamlNode.Mapping root, Catalogue c) {
    if (root.entries().get("layout") instanceof YamlNode.Mapping layout
        && layout.entries().get("id") instanceof YamlNode.Scalar id
        && !Layouts.standard().ids().contains(id.text())) {
      Layout base = c.layout();
      Layout own =
          new Layout(
              id.text(),
              base.numbering(),
              List.of(),
              base.otherTitle(),
              Optional.empty(),
              base.labels());
      return new Catalogue(
          c.formatVersion(),
          c.document(),
          c.review(),
          own,
          c.subprocessors(),
          c.sites(),
          c.certificates(),
          c.measures(),
          c.changes(),
          c.source(),
          c.sources());
    }
    return c;
  }

  private static boolean isEmptyList(YamlNode n) {
    return n instanceof YamlNode.Seq seq && seq.items().isEmpty();
  }

  private static YamlNode.Mapping without(YamlNode.Mapping m, String key) {
    Map<String, YamlNode> entries = new LinkedHashMap<>(m.entries());
    Map<String, io.github.tomannex.tom.Location> keys = new LinkedHashMap<>(m.keys());
    entries.remove(key);
    keys.remove(key);
    return new YamlNode.Mapping(entries, keys, m.location());
  }
}
