package io.github.tomannex.tom.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Format;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void parsesCoreFormatsAndPdfIgnoringCaseAndBlanks() throws Exception {
    Formats f = Formats.parse(" MD , html,,pdf ");
    assertEquals(Set.of(Format.MARKDOWN, Format.HTML), f.core());
    assertTrue(f.pdf());
    assertEquals("md,html,pdf", f.key());
    assertFalse(Formats.parse("json").pdf());
    assertEquals("json,", Formats.parse("json").key());
  }

  @Test
  void namesThePomElementAndTheValidValues() {
    MojoFailureException e =
        assertThrows(MojoFailureException.class, () -> Formats.parse("md,docx"));
    assertEquals("tom: <formats> has 'docx', which is not a format; expected a comma-separated"
        + " list of md, html, json, pdf (set <formats> or -Dtom.formats)", e.getMessage());
    assertTrue(assertThrows(MojoFailureException.class, () -> Formats.parse(" , "))
        .getMessage().startsWith("tom: <formats> is empty"));
  }

  @Test
  void readsOutputTimestampsAsMavenWritesThem() throws Exception {
    assertEquals(Optional.empty(), Formats.timestamp(null));
    assertEquals(Optional.empty(), Formats.timestamp(""));
    assertEquals(Optional.empty(), Formats.timestamp("a"), "one non-digit: reproducible builds off");
    assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
        Formats.timestamp("2026-01-01T00:00:00Z"));
    assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
        Formats.timestamp("2026-01-01T01:00:00+01:00"));
    assertEquals(Optional.of(Instant.ofEpochSecond(1767225600L)), Formats.timestamp("1767225600"));
    MojoFailureException e =
        assertThrows(MojoFailureException.class, () -> Formats.timestamp("yesterday"));
    assertTrue(e.getMessage().startsWith("tom: project.build.outputTimestamp is 'yesterday'"));
  }
}
