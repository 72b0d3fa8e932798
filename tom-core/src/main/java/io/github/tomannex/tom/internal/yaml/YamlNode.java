package io.github.tomannex.tom.internal.yaml;

import io.github.tomannex.tom.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with its source position. */
public sealed interface YamlNode {

  /** Where the value starts. */
  Location location();

  /** A word for the kind of value, for messages: "a mapping", "a list", "a number" … */
  String describe();

  /** What kind of scalar the YAML parser resolved. */
  enum ScalarKind {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
  }

  /** A scalar as written, with its resolved kind. */
  record Scalar(String text, ScalarKind kind, Location location) implements YamlNode {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "a string";
        case INT, FLOAT -> "a number (" + text + ")";
        case BOOL -> "a boolean (" + text + ")";
        case NULL -> "nothing (null)";
      };
    }
  }

  /** A sequence. */
  record Seq(List<YamlNode> items, Location location) implements YamlNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping with string keys, in source order, with the position of every key. */
  record Mapping(Map<String, YamlNode> entries, Map<String, Location> keys, Location location)
      implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }
}
