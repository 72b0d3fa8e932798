package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.internal.Suggest;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * A mapping being bound: the keys it may have are declared up front, so unknown keys are reported
 * at once, with a suggestion, and every lookup names a declared key.
 */
final class Obj {
  final YamlNode.Mapping node;
  final String path;
  private final List<String> allowed;
  private final Diagnostics diags;

  /** Known keys that an unknown key was probably meant to be: not reported missing again. */
  private final java.util.Set<String> misspelt = new java.util.HashSet<>();

  /** The entity whose keys these are; null for mappings not declared in an {@link Entity}. */
  final Entity entity;

  /** A mapping of an entity: its keys are the entity's. */
  Obj(YamlNode.Mapping node, String path, Diagnostics diags, Entity entity) {
    this(node, path, diags, entity.names(), entity);
  }

  Obj(YamlNode.Mapping node, String path, Diagnostics diags, List<String> allowed) {
    this(node, path, diags, allowed, null);
  }

  private Obj(
      YamlNode.Mapping node, String path, Diagnostics diags, List<String> allowed, Entity entity) {
    this.entity = entity;
    this.node = node;
    this.path = path;
    this.allowed = allowed;
    this.diags = diags;
    for (Map.Entry<String, Location> key : node.keys().entrySet()) {
      if (!allowed.contains(key.getKey()) && !"<<".equals(key.getKey())) {
        String close = Suggest.closest(key.getKey(), allowed);
        if (close != null) {
          misspelt.add(close);
        }
        diags.report(
            key.getValue(),
            "SCHEMA-001",
            "unknown key '"
                + key.getKey()
                + "' in "
                + where()
                + "; expected one of "
                + String.join(", ", allowed),
            close == null ? null : "did you mean '" + close + "'?");
      }
    }
  }

  private String where() {
    return path.isEmpty() ? "the top level" : "'" + path + "'";
  }

  Location location() {
    return node.location();
  }

  String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The value, or null when absent or written as null. */
  YamlNode get(String key) {
    if (!allowed.contains(key)) {
      throw new IllegalArgumentException("undeclared key " + key);
    }
    YamlNode n = node.entries().get(key);
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.NULL) {
      return null;
    }
    return n;
  }

  /** Where the key's value is, or the mapping when the key is absent. */
  Location at(String key) {
    YamlNode n = node.entries().get(key);
    return n != null ? n.location() : node.location();
  }

  /** Whether the key is present, even with a null value. */
  boolean has(String key) {
    return node.keys().containsKey(key);
  }

  /**
   * The value of a key of the entity, read as {@code kind}: a required key that is absent is
   * reported, as its table says.
   *
   * @throws IllegalStateException when the table declares the key as another kind
   */
  YamlNode value(String key, Key.Kind kind) {
    Key k = entity.key(key);
    if (k.kind() != kind) {
      throw new IllegalStateException(
          entity.what() + " key '" + key + "' is declared " + k.kind() + ", read as " + kind);
    }
    return k.required() ? require(key) : get(key);
  }

  /** The value; reports a missing required key and returns null when absent. */
  YamlNode require(String key) {
    YamlNode n = get(key);
    boolean explained = (misspelt.contains(key) && !has(key)) || has("<<");
    if (n == null && !explained) {
      Location at = node.keys().getOrDefault(key, node.location());
      diags.report(
          at,
          "SCHEMA-003",
          has(key)
              ? "'" + child(key) + "' has no value; it is required"
              : "missing required key '" + key + "' in " + where());
    }
    return n;
  }
}
