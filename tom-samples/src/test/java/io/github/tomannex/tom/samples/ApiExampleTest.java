package io.github.tomannex.tom.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiExampleTest {
  private static final Path BASE = Path.of(System.getProperty("tom.samples.basedir", "."));

  @Test
  void rendersTheSampleAsThePluginDoes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ApiExample.run(
            BASE.resolve("src/tom/catalogue.yaml"),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertEquals(
        Files.readString(BASE.resolve("target/tom/annex-de.md")),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void reportsErrorsWithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "tom: 1\ndocument: []\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ApiExample.run(
            bad,
            new PrintStream(new ByteArrayOutputStream(), true),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, code);
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains(bad + ":2:11: error: SCHEMA-002: 'document' is a list"), text);
  }
}
