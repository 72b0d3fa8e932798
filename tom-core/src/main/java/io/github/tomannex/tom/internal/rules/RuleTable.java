package io.github.tomannex.tom.internal.rules;

import io.github.tomannex.tom.Rule;
import io.github.tomannex.tom.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule tom reports, read once from tom-core's {@code rules.yaml}: id, severity, title,
 * and for lint rules explanation, source, example and fix; for rules whose wording is fixed,
 * the message and hint templates. It is the only place a severity comes from: {@link
 * io.github.tomannex.tom.internal.rules.Diagnostics#report} looks up the severity of every
 * structural finding here, and the lint rules start from the default severity given here.
 * Immutable and thread-safe.
 */
public final class RuleTable {
  private static final String NAME = "rules.yaml";

  /** A lint rule family: its id prefix and heading. */
  public record Family(String id, String title) {}

  /** What the docs show for a lint rule beyond the public {@link Rule}. */
  public record Doc(String example, String fix) {}

  private final List<Family> families = new ArrayList<>();
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final Map<String, Doc> docs = new LinkedHashMap<>();
  private final Map<String, String> messages = new LinkedHashMap<>();
  private final Map<String, String> hints = new LinkedHashMap<>();
  private final Map<String, String> modules = new LinkedHashMap<>();
  private final Map<String, String> pages = new LinkedHashMap<>();

  private RuleTable() {
    JsonNode root = read();
    for (JsonNode m : root.path("families")) {
      families.add(new Family(str(m, "id"), str(m, "title")));
    }
    for (JsonNode m : root.path("rules")) {
      String id = str(m, "id");
      boolean lint = "true".equals(opt(m, "lint").orElse("false"));
      Severity severity = Severity.valueOf(str(m, "severity").toUpperCase(Locale.ROOT));
      Rule rule = new Rule(id, severity, lint, str(m, "title"), opt(m, "explanation"),
          opt(m, "source"));
      if (rules.put(id, rule) != null) {
        throw new IllegalStateException("tom-core resource " + NAME + ": rule " + id + " twice");
      }
      opt(m, "message").ifPresent(t -> messages.put(id, t));
      opt(m, "hint").ifPresent(t -> hints.put(id, t));
      modules.put(id, opt(m, "module").orElse("tom-core"));
      pages.put(id, opt(m, "docs").orElse(lint ? "rules.md#" + id.toLowerCase(Locale.ROOT)
          : "diagnostics.md#structural-rules"));
      if (lint) {
        if (rule.explanation().isEmpty() || rule.source().isEmpty()) {
          throw new IllegalStateException("tom-core resource " + NAME + ": lint rule " + id
              + " lacks explanation or source");
        }
        docs.put(id, new Doc(str(m, "example"), str(m, "fix")));
      }
    }
  }

  /**
   * Reads the table with plain Jackson, not with tom's own reader: the reader reports through
   * {@code Diagnostics}, which takes its severities from this table.
   */
  private static JsonNode read() {
    try (InputStream in = RuleTable.class.getResourceAsStream("/io/github/tomannex/tom/" + NAME)) {
      if (in == null) {
        throw new IllegalStateException("tom-core resource missing: " + NAME);
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("tom-core resource " + NAME + " is invalid", e);
    }
  }

  private static String str(JsonNode m, String key) {
    return opt(m, key).orElseThrow(
        () -> new IllegalStateException("tom-core resource " + NAME + ": '" + key
            + "' missing in " + m));
  }

  private static Optional<String> opt(JsonNode m, String key) {
    JsonNode v = m.get(key);
    return v != null && v.isValueNode() && !v.isNull() ? Optional.of(v.asText())
        : Optional.empty();
  }

  private static final class Holder {
    static final RuleTable INSTANCE = new RuleTable();
  }

  /**
   * The table of tom-core's {@code rules.yaml}.
   *
   * @return the table; {@code null} only while the table itself is being read (a problem
   *     reading {@code rules.yaml} is reported to a {@code Diagnostics} before the table
   *     exists)
   */
  public static RuleTable standard() {
    return Holder.INSTANCE;
  }

  /** Every rule, in the order of the file: structural rules first, then the lint rules. */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /** The rule with an id, if there is one. */
  public Optional<Rule> find(String id) {
    return Optional.ofNullable(id == null ? null : rules.get(id));
  }

  /**
   * The rule with an id.
   *
   * @throws IllegalArgumentException when {@code rules.yaml} has no rule of that id: every id
   *     tom reports must be in the table
   */
  public Rule rule(String id) {
    Rule rule = id == null ? null : rules.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("rule " + id + " is not in tom-core's " + NAME);
    }
    return rule;
  }

  /**
   * The severity a rule's findings have unless it is a lint rule set to another level.
   *
   * @throws IllegalArgumentException when the id is not in the table
   */
  public Severity severity(String id) {
    return rule(id).defaultSeverity();
  }

  /** The lint rule families, in documented order. */
  public List<Family> families() {
    return List.copyOf(families);
  }

  /** The example and fix of a lint rule; null for a structural rule. */
  public Doc doc(String id) {
    return docs.get(id);
  }

  /** The ids of the configurable (lint) rules, in documented order. */
  public List<String> configurable() {
    return rules.values().stream().filter(Rule::configurable).map(Rule::id).toList();
  }

  /** The module that reports a rule: {@code tom-core} unless the table says otherwise. */
  public String module(String id) {
    rule(id);
    return modules.get(id);
  }

  /**
   * Where a rule is documented, relative to {@code docs/}: its section of {@code rules.md}
   * for a lint rule, else the table of structural rules or the section the table names.
   *
   * @return the page and anchor, or empty for an id that is not in the table
   */
  public Optional<String> page(String id) {
    return Optional.ofNullable(pages.get(id));
  }

  /**
   * A rule's message, from the table's template ({@code message:}) filled in with {@link
   * String#format} in the root locale.
   *
   * @throws IllegalArgumentException when the id is not in the table
   * @throws IllegalStateException when the rule has no message template
   */
  public String message(String id, Object... args) {
    return format(id, messages, args).orElseThrow(
        () -> new IllegalStateException("rule " + id + " has no message in " + NAME));
  }

  /**
   * A rule's hint, from the table's template ({@code hint:}) filled in like {@link #message}.
   *
   * @return the hint, or empty when the rule has none in the table
   */
  public Optional<String> hint(String id, Object... args) {
    return format(id, hints, args);
  }

  private Optional<String> format(String id, Map<String, String> templates, Object... args) {
    rule(id);
    String template = templates.get(id);
    return template == null ? Optional.empty()
        : Optional.of(String.format(Locale.ROOT, template, args));
  }
}
