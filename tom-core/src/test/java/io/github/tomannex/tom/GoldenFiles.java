package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with golden files under {@code src/test/resources}; with {@code
 * -Dtom.updateGolden=true} it rewrites them instead, to be reviewed as a diff.
 */
final class GoldenFiles {
  private GoldenFiles() {}

  static Path root() {
    String dir = System.getProperty("tom.sourceDir", "");
    return Path.of(dir.isBlank() ? "src/test/resources" : dir);
  }

  static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("tom.updateGolden", "false"));
  }

  static void check(Path expectedFile, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(expectedFile.getParent());
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        return;
      }
      String expected =
          Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
      assertEquals(
          expected,
          actual,
          "golden file "
              + expectedFile
              + " differs (run with -Dtom.updateGolden=true and review the diff)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
