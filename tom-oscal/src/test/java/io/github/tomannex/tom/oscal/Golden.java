package io.github.tomannex.tom.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources: compared byte for byte; rewritten in the source tree with
 * {@code -Dtom.updateGolden=true}.
 */
final class Golden {
  private Golden() {}

  static void check(String resource, byte[] actual) throws IOException {
    if (Boolean.getBoolean("tom.updateGolden")) {
      Path file =
          Path.of(System.getProperty("tom.sourceDir", "src/test/resources")).resolve(resource);
      Files.createDirectories(file.getParent());
      Files.write(file, actual);
      return;
    }
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError(
            resource + " is missing: generate it with -Dtom.updateGolden=true and review it");
      }
      assertEquals(
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          new String(actual, StandardCharsets.UTF_8),
          resource + " differs; regenerate with -Dtom.updateGolden=true and review the diff");
    }
  }
}
