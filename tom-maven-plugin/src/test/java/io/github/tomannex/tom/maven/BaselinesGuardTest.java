package io.github.tomannex.tom.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Tom;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warnings of a diff (DIFF-004) are printed once per build, also when check and diff both
 * compare the catalogue with the same baseline.
 */
class BaselinesGuardTest {
  private static final String CATALOGUE =
      """
      tom: 1
      document:
        title: "TOM"
        version: "%s"
        effective: 2026-01-01
        languages: [en]
        processor: {name: Example Ltd}
      review: {interval: P1Y, last: 2026-01-01}
      lint: {REV-001: off, REV-004: off}
      %s
      measures:
        - {id: enc, category: encryption, text: "Disks are encrypted with AES-256."}
      """;

  /** A log that keeps its warnings. */
  static final class Recording extends SystemStreamLog {
    final List<String> warnings = new ArrayList<>();

    @Override
    public void warn(CharSequence content) {
      warnings.add(content.toString());
    }
  }

  @Test
  void checkThenDiffPrintDiff004Once(@TempDir Path dir) throws Exception {
    Tom tom = Tom.builder().build();
    Catalogue before = tom.loadString(CATALOGUE.formatted("1", ""), "v1.yaml").orElseThrow();
    Catalogue after =
        tom.loadString(
                CATALOGUE.formatted(
                    "2", "subprocessors:\n  - {id: support, name: Support GmbH, location: Berlin}"),
                "v2.yaml")
            .orElseThrow();
    CatalogueDiff diff = tom.diff(before, after);
    assertEquals(List.of("DIFF-004"), diff.diagnostics().stream().map(d -> d.rule()).toList());
    Recording log = new Recording();
    Set<String> printed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Path catalogue = dir.resolve("v2.yaml");
    Baselines.Found found = new Baselines.Found(dir.resolve("v1.yaml"), "version 1");
    // check, then diff: two goals of one build, each with its own support over the build's state
    for (int goal = 0; goal < 2; goal++) {
      CatalogueSupport support =
          new CatalogueSupport(
              dir.toFile(), dir.toFile(), log, printed, new java.util.HashMap<String, Object>());
      Baselines.guard(diff, found, support, catalogue);
    }
    assertEquals(
        1, log.warnings.stream().filter(w -> w.contains("DIFF-004")).count(), "" + log.warnings);
  }
}
