package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests for diagnostics: every {@code diagnostics/<name>.yaml} under the test resources
 * is loaded and its diagnostics, one {@link Diagnostic#format()} line each, in the order of
 * {@link LoadResult#diagnostics()}, are compared with {@code diagnostics/<name>.expected}.
 *
 * <p>To (re)generate the expected files after a deliberate change of messages or positions:
 *
 * <pre>
 * ./mvnw -pl tom-core test -Dtom.updateGolden=true
 * </pre>
 *
 * then review the diff of the {@code .expected} files line by line before committing them.
 *
 * <p>Fixtures named {@code *-ok.yaml} may produce only infos; all others must produce at least
 * one error or warning. Whenever there is an error, no catalogue may be returned. The fixtures
 * under {@code valid/} must load without errors and warnings.
 */
class DiagnosticFixturesTest {
  private static final boolean UPDATE = Boolean.getBoolean("tom.updateGolden");

  private static Path resources() {
    String dir = System.getProperty("tom.sourceDir");
    return Path.of(dir == null || dir.isBlank() ? "src/test/resources" : dir);
  }

  private static Stream<String> yamlFiles(String sub) throws IOException {
    Path dir = resources().resolve(sub);
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .sorted()
              .collect(Collectors.toList());
      assertTrue(!names.isEmpty(), "no fixtures in " + dir.toAbsolutePath());
      return names.stream();
    }
  }

  static Stream<String> fixtures() throws IOException {
    return yamlFiles("diagnostics");
  }

  static Stream<String> validFixtures() throws IOException {
    return yamlFiles("valid");
  }

  private static LoadResult load(Path file, String name) {
    try (InputStream in = Files.newInputStream(file)) {
      return Tom.builder().build().load(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void diagnosticsMatchGolden(String name) throws IOException {
    Path yaml = resources().resolve("diagnostics").resolve(name);
    Path expectedFile =
        yaml.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".expected");
    LoadResult result = load(yaml, name);

    String actual =
        result.diagnostics().stream().map(d -> d.format() + "\n").collect(Collectors.joining());
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    } else {
      assertTrue(
          Files.exists(expectedFile),
          expectedFile + " is missing; run with -Dtom.updateGolden=true to create it");
      String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
      assertEquals(expected, actual, "diagnostics of " + name);
    }

    boolean problems =
        result.count(Severity.ERROR) > 0 || result.count(Severity.WARNING) > 0;
    if (name.endsWith("-ok.yaml")) {
      assertTrue(
          result.count(Severity.ERROR) == 0, name + " should have no errors: " + actual);
    } else {
      assertTrue(problems, name + " should yield at least one error or warning: " + actual);
    }
    if (result.hasErrors()) {
      assertTrue(result.catalogue().isEmpty(), name + " has errors but returned a catalogue");
    } else {
      assertTrue(result.catalogue().isPresent(), name + " has no errors but no catalogue");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFixtures")
  void validFixturesLoadCleanly(String name) {
    Path yaml = resources().resolve("valid").resolve(name);
    LoadResult result = load(yaml, name);
    String all =
        result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    assertEquals(0, result.count(Severity.ERROR), name + ":\n" + all);
    assertEquals(0, result.count(Severity.WARNING), name + ":\n" + all);
    assertTrue(result.catalogue().isPresent(), name + " returned no catalogue");
  }
}
