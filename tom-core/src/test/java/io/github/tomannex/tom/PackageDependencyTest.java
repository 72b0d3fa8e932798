package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The internal packages depend on each other in one direction only, as {@code docs/architecture.md}
 * draws it: each may use the packages listed for it (and the public package, whose model every
 * stage shares), never one further down the pipeline. A new package must be added here, with its
 * place in the picture. tom-pdf uses tom-core's public API only.
 */
class PackageDependencyTest {
  private static final String BASE = "io.github.tomannex.tom";

  /** Each internal package and the internal packages it may use. */
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "internal", Set.of(),
          "internal.rules", Set.of(),
          "internal.yaml", Set.of("internal", "internal.rules"),
          "internal.bind", Set.of("internal", "internal.rules", "internal.yaml"),
          "internal.validate", Set.of("internal", "internal.rules", "internal.bind"),
          "internal.lint",
              Set.of(
                  "internal",
                  "internal.rules",
                  "internal.yaml",
                  "internal.bind",
                  "internal.validate"),
          "internal.diff", Set.of("internal", "internal.rules"),
          "internal.render",
              Set.of(
                  "internal",
                  "internal.rules",
                  "internal.yaml",
                  "internal.diff",
                  "internal.validate",
                  "internal.lint"));

  private static final Pattern REF =
      Pattern.compile("\\bio\\.github\\.tomannex\\.tom\\.(internal(?:\\.[a-z]+)?)\\.[A-Z]");

  @Test
  void internalPackagesDependOneWay() throws IOException {
    Map<String, Set<String>> uses = uses(main());
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
      Set<String> allowed = ALLOWED.get(e.getKey());
      if (allowed == null) {
        wrong.add(
            e.getKey()
                + " is not in the picture: add it to ALLOWED and to"
                + " docs/architecture.md");
        continue;
      }
      for (String used : e.getValue()) {
        if (!used.equals(e.getKey()) && !allowed.contains(used)) {
          wrong.add(e.getKey() + " uses " + used);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void thePictureHasNoCycle() {
    for (String start : ALLOWED.keySet()) {
      Set<String> seen = new TreeSet<>();
      List<String> todo = new ArrayList<>(ALLOWED.get(start));
      while (!todo.isEmpty()) {
        String p = todo.remove(todo.size() - 1);
        assertTrue(!p.equals(start), start + " reaches itself");
        if (seen.add(p)) {
          todo.addAll(ALLOWED.getOrDefault(p, Set.of()));
        }
      }
    }
  }

  @Test
  void theTomPdfAndTomDocxModulesUseOnlyThePublicApi() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String module : List.of("tom-pdf", "tom-docx")) {
      Path dir = main().resolve("../../../../" + module + "/src/main/java").normalize();
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f :
            (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
          Matcher m = REF.matcher(Files.readString(f, StandardCharsets.UTF_8));
          if (m.find()) {
            wrong.add(module + ": " + dir.relativize(f) + " uses " + BASE + "." + m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static Path main() {
    return Path.of("src", "main", "java").toAbsolutePath();
  }

  /** For each internal package of tom-core, the internal packages its sources name. */
  static Map<String, Set<String>> uses(Path root) throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    Path base = root.resolve(BASE.replace('.', '/'));
    try (Stream<Path> files = Files.walk(base.resolve("internal"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String pkg = base.relativize(f.getParent()).toString().replace('/', '.');
        Set<String> set = out.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = REF.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          set.add(m.group(1));
        }
      }
    }
    return out;
  }
}
