package io.github.tomannex.tom.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.internal.bind.AllKeys;
import io.github.tomannex.tom.internal.bind.CatalogueBinder;
import io.github.tomannex.tom.internal.bind.Entity;
import io.github.tomannex.tom.internal.bind.Key;
import io.github.tomannex.tom.internal.bind.Layouts;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import io.github.tomannex.tom.internal.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The word rules read every free value of a catalogue that its key table says they read ({@link
 * Key#words()}), and none that it says they do not: a key added to a table without adding it to
 * {@link Context#allTexts()} fails here instead of being skipped silently.
 */
class ContextKeysTest {
  /** The texts the word rules read in a catalogue. */
  private static List<String> read(String yaml) {
    Diagnostics diags = new Diagnostics();
    YamlNode root =
        new YamlReader(1 << 20)
            .read(yaml.getBytes(StandardCharsets.UTF_8), "all-keys.yaml", diags)
            .orElseThrow();
    CatalogueBinder.Bound bound =
        new CatalogueBinder(diags, Layouts.standard(), "all-keys.yaml").bind(root);
    assertFalse(diags.hasErrors(), diags.sorted().toString());
    Catalogue c = bound.catalogue().orElseThrow();
    Context ctx =
        new Context(
            c,
            LocalDate.of(2026, 1, 1),
            WordLists.standard(),
            new Locator(bound, bound.root()),
            Taxonomy.standard(),
            diags);
    List<String> read = new ArrayList<>();
    for (Context.Item item : ctx.allTexts()) {
      read.addAll(item.text().values().values());
    }
    return read;
  }

  @Test
  void theWordRulesReadEveryFreeValueTheTablesDeclare() {
    List<String> read = new ArrayList<>(read(AllKeys.YAML));
    read.addAll(read(AllKeys.withLayout(AllKeys.OWN_LAYOUT)));
    read.addAll(read(AllKeys.withLayout(AllKeys.EXTENDED_LAYOUT)));
    String layouts = AllKeys.OWN_LAYOUT + AllKeys.EXTENDED_LAYOUT;
    int free = 0;
    for (Entity e : Entity.values()) {
      for (Key k : e.keys()) {
        boolean given =
            AllKeys.indent(e) < 0
                ? layouts.contains(" " + k.name() + ":")
                : ("\n" + AllKeys.YAML)
                        .contains("\n" + " ".repeat(AllKeys.indent(e)) + k.name() + ":")
                    || AllKeys.YAML.contains("- " + k.name() + ":");
        assertTrue(given, "the fixture does not give " + e.what() + "." + k.name() + "; add it");
        if (!k.kind().isFree()) {
          continue;
        }
        free++;
        String marker = AllKeys.marker(e, k);
        assertTrue((AllKeys.YAML + layouts).contains(marker), "the fixture has no value " + marker);
        boolean seen = read.stream().anyMatch(v -> v.contains(marker));
        assertEquals(
            k.words(),
            seen,
            e.what()
                + "."
                + k.name()
                + (k.words()
                    ? " is declared as read by the word rules, but Context.allTexts() skips it"
                    : " is declared as not read by the word rules, but Context.allTexts() has it"));
      }
    }
    assertTrue(free >= 20, "expected the free values of the tables, got " + free);
  }
}
