package io.github.tomannex.tom.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every line the plugin logs is one line: no catalogue text can start a line of its own. */
class SafeLogTest {
  /** The line breaks and controls a catalogue could smuggle into a message. */
  static final String HOSTILE =
      "a\rb\nc\u0085d\u2028e\u2029f\u0000g\u001bh\u009bi\u007fj\tk"
          + "\u202El\u2066m\r\n::error file=x::owned\n::add-mask::secret";

  /** A log that keeps every line, as Maven would print it. */
  static final class Recording extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void debug(CharSequence content) {
      lines.add("[DEBUG] " + content);
    }

    @Override
    public void info(CharSequence content) {
      lines.add("[INFO] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[WARNING] " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("[ERROR] " + content);
    }
  }

  static void assertOneLine(String s) {
    for (char c : s.toCharArray()) {
      assertFalse(
          c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\u202E'
              || c == '\u2066',
          () -> "U+" + Integer.toHexString(c) + " in " + s);
    }
  }

  @Test
  void cleanEscapesEveryLineBreakAndControlVisibly() {
    assertEquals(
        "a\\rb\\nc\\u0085d\\u2028e\\u2029f\\u0000g\\u001Bh\\u009Bi\\u007Fj\\tk\\u202El"
            + "\\u2066m\\r\\n::error file=x::owned\\n::add-mask::secret",
        SafeLog.clean(HOSTILE));
    assertEquals("plain text, Ü and 😀", SafeLog.clean("plain text, Ü and 😀"));
    assertEquals(null, SafeLog.clean(null));
  }

  @Test
  void aDiagnosticWithLineBreaksIsLoggedAndAnnotatedAsOneLine(@TempDir Path dir) {
    Diagnostic d =
        new Diagnostic(
            new Location("src/tom/cata\nlogue.yaml", 3, 5),
            Severity.WARNING,
            "META-001",
            "title '" + HOSTILE + "'",
            Optional.of(HOSTILE));
    Recording log = new Recording();
    CatalogueSupport support = new CatalogueSupport(dir.toFile(), dir.toFile(), log);
    assertTrue(support.printOnce(dir.resolve("c.yaml"), Severity.WARNING, d.format()));
    assertTrue(support.printOnce(dir.resolve("c.yaml"), Severity.ERROR, d.fullMessage()));
    support.log().info("tom: " + HOSTILE);
    support.log().debug(HOSTILE);
    support.log().error(HOSTILE);
    assertEquals(5, log.lines.size());
    log.lines.forEach(SafeLogTest::assertOneLine);
    // (Diagnostic.format() may make some of them visible itself; none stays raw)
    assertTrue(log.lines.get(0).startsWith("[WARNING] src/tom/cata"), log.lines.get(0));
    assertTrue(log.lines.get(0).contains("META-001"), log.lines.get(0));

    String annotation = CatalogueSupport.annotation(d, "src/x\u2028y.yaml");
    assertOneLine(annotation);
    assertTrue(
        annotation.startsWith(
            "::warning file=src/x\\u2028y.yaml,line=3,col=5," + "title=META-001::"),
        annotation);

    String display = support.display(dir.resolve("a\nb\u2029.yaml"));
    assertEquals("a\\nb\\u2029.yaml", display);
  }

  @Test
  void theLogOfEveryGoalIsSanitising() {
    Recording log = new Recording();
    SafeLog.of(log).warn("x\ny");
    assertEquals(List.of("[WARNING] x\\ny"), log.lines);
    assertTrue(SafeLog.of(SafeLog.of(log)) instanceof SafeLog);
  }
}
