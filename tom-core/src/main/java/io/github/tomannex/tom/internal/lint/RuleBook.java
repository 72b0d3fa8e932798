package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Rule;
import io.github.tomannex.tom.internal.rules.RuleTable;
import java.util.List;
import java.util.Optional;

/**
 * The rules as documented: a view of {@link RuleTable}, which reads {@code rules.yaml} and is what
 * new code uses. Kept so that code written against this class still compiles; it goes when the
 * internal packages are rearranged.
 */
public final class RuleBook {
  private static final RuleBook INSTANCE = new RuleBook();

  private RuleBook() {}

  public static RuleBook standard() {
    return INSTANCE;
  }

  public List<Rule> rules() {
    return RuleTable.standard().rules();
  }

  public Optional<Rule> find(String id) {
    return RuleTable.standard().find(id);
  }

  /** The ids of the configurable rules, in documented order. */
  public List<String> configurable() {
    return RuleTable.standard().configurable();
  }
}
