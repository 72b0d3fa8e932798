package io.github.tomannex.tom.docx;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Tom;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The catalogues the tests render, and reading a .docx back into its parts. */
final class Samples {
  static final Tom TOM =
      Tom.builder()
          .clock(Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC))
          .build();

  /** The SaaS sample's day: its version 2026.2 takes effect on 1 October 2026. */
  static final Tom SAAS_TOM =
      Tom.builder()
          .clock(Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC))
          .build();

  static final Path DIR = Path.of(System.getProperty("tom.samples", "../tom-samples/src/tom"));
  static final Path ALL_KINDS = Path.of("../tom-core/src/test/resources/changes/all-kinds");

  private Samples() {}

  /** The seed sample, German and English. */
  static Catalogue seed() {
    return TOM.load(DIR.resolve("catalogue.yaml")).orElseThrow();
  }

  /** The SaaS sample, English. */
  static Catalogue saas() {
    return SAAS_TOM.load(DIR.resolve("saas-en.yaml")).orElseThrow();
  }

  /** tom-core's golden catalogue of Markdown edge cases: ordered and nested lists, code, links. */
  static Catalogue edges() {
    return TOM.load(Path.of("../tom-core/src/test/resources/golden/markdown-edges/catalogue.yaml"))
        .orElseThrow();
  }

  /** What changed in the SaaS sample since its released version 2026.1. */
  static CatalogueDiff saasChanges() {
    return TOM.diff(TOM.load(DIR.resolve("released/saas-en-2026.1.yaml")).orElseThrow(), saas());
  }

  /** tom-core's change fixture with every kind of change, German and English. */
  static CatalogueDiff allKinds() {
    return TOM.diff(
        TOM.load(ALL_KINDS.resolve("baseline.yaml")).orElseThrow(),
        TOM.load(ALL_KINDS.resolve("current.yaml")).orElseThrow());
  }

  /** The parts of a package, by name, in the package's order, as UTF-8 text. */
  static Map<String, String> parts(byte[] docx) {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }
}
