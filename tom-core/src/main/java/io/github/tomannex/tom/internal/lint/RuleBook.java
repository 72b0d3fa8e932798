package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Rule;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.internal.Resources;
import io.github.tomannex.tom.internal.yaml.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules as documented, read once from {@code rules.yaml}: ids, default severities,
 * titles and, for lint rules, explanation, source, example and fix. Immutable.
 */
public final class RuleBook {
  /** A lint rule family: its id prefix and heading. */
  public record Family(String id, String title) {}

  /** What the docs show for a lint rule beyond the public {@link Rule}. */
  public record Doc(String example, String fix) {}

  private final List<Family> families = new ArrayList<>();
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final Map<String, Doc> docs = new LinkedHashMap<>();

  private RuleBook() {
    String name = "rules.yaml";
    Node.Mapping root = (Node.Mapping) Resources.yaml(name);
    for (Node f : ((Node.Seq) root.entries().get("families")).items()) {
      Node.Mapping m = (Node.Mapping) f;
      families.add(new Family(str(m, "id"), str(m, "title")));
    }
    for (Node r : ((Node.Seq) root.entries().get("rules")).items()) {
      Node.Mapping m = (Node.Mapping) r;
      String id = str(m, "id");
      boolean lint = "true".equals(opt(m, "lint").orElse("false"));
      Severity severity = Severity.valueOf(str(m, "severity").toUpperCase(Locale.ROOT));
      Rule rule = new Rule(id, severity, lint, str(m, "title"), opt(m, "explanation"),
          opt(m, "source"));
      if (rules.put(id, rule) != null) {
        throw new IllegalStateException("tom-core resource " + name + ": rule " + id + " twice");
      }
      if (lint) {
        if (rule.explanation().isEmpty() || rule.source().isEmpty()) {
          throw new IllegalStateException("tom-core resource " + name + ": lint rule " + id
              + " lacks explanation or source");
        }
        docs.put(id, new Doc(str(m, "example"), str(m, "fix")));
      }
    }
  }

  private static String str(Node.Mapping m, String key) {
    return opt(m, key).orElseThrow(
        () -> new IllegalStateException("tom-core resource rules.yaml: '" + key + "' missing at "
            + m.location()));
  }

  private static Optional<String> opt(Node.Mapping m, String key) {
    return m.entries().get(key) instanceof Node.Scalar s ? Optional.of(s.text())
        : Optional.empty();
  }

  private static final class Holder {
    static final RuleBook INSTANCE = new RuleBook();
  }

  public static RuleBook standard() {
    return Holder.INSTANCE;
  }

  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  public Optional<Rule> find(String id) {
    return Optional.ofNullable(id == null ? null : rules.get(id));
  }

  public List<Family> families() {
    return List.copyOf(families);
  }

  public Doc doc(String id) {
    return docs.get(id);
  }

  /** The ids of the configurable rules, in documented order. */
  public List<String> configurable() {
    return rules.values().stream().filter(Rule::configurable).map(Rule::id).toList();
  }
}
