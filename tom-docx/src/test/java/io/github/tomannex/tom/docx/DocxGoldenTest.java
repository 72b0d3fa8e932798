package io.github.tomannex.tom.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tomannex.tom.RenderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every XML part of the Word documents of the samples, compared with the golden files in {@code
 * src/test/resources/golden/<case>/<file>/<part>} (one element per line, so that a change shows as
 * a readable diff): the seed annex in German and English, the SaaS annex and its change notice
 * against version 2026.1, tom-core's every-kind-of-change notice in German and English, and its
 * Markdown edge cases. {@code -Dtom.updateGolden=true} rewrites them; review the diff.
 */
class DocxGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("tom.updateGolden");
  private static final Pattern BREAK =
      Pattern.compile(
          "(?=<w:p>|<w:p/>|<w:tbl>|</w:tbl>|<w:tr>|<w:tc>|<w:sectPr|<w:style |<w:lvl |"
              + "<w:abstractNum |<w:num |<Relationship |<Override |<Default |<w:docDefaults|"
              + "<w:ins |<w:del |<w:hyperlink |<w:fldSimple |<dc:|<cp:|<dcterms:)");

  @TestFactory
  Stream<DynamicTest> everyPartIsAsGolden() {
    DocxFormat docx = new DocxFormat();
    RenderOptions o = RenderOptions.defaults();
    List<DynamicTest> tests = new ArrayList<>();
    for (String lang : List.of("de", "en")) {
      tests.add(test("seed", "annex-" + lang, docx.render(Samples.seed(), lang, o)));
      tests.add(
          test("all-kinds", "changes-" + lang, docx.renderChanges(Samples.allKinds(), lang, o)));
    }
    tests.add(test("saas", "annex-en", docx.render(Samples.saas(), "en", o)));
    tests.add(test("markdown-edges", "annex-en", docx.render(Samples.edges(), "en", o)));
    tests.add(test("saas", "changes-en", docx.renderChanges(Samples.saasChanges(), "en", o)));
    return tests.stream();
  }

  private static DynamicTest test(String sample, String file, byte[] bytes) {
    return DynamicTest.dynamicTest(
        sample + "/" + file + ".docx",
        () -> {
          Path dir = GOLDEN.resolve(sample).resolve(file);
          for (Map.Entry<String, String> part : Samples.parts(bytes).entrySet()) {
            Path golden = dir.resolve(part.getKey());
            String actual = pretty(part.getValue());
            if (UPDATE) {
              Files.createDirectories(golden.getParent());
              Files.writeString(golden, actual, StandardCharsets.UTF_8);
            } else {
              assertEquals(read(golden), actual, golden + " (regenerate: -Dtom.updateGolden=true)");
            }
          }
          if (UPDATE) {
            Path out = Path.of("target/golden-docx").resolve(sample);
            Files.createDirectories(out);
            Files.write(out.resolve(file + ".docx"), bytes);
          }
        });
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "(no golden file)";
  }

  /** One element of interest per line: the part's characters are otherwise unchanged. */
  static String pretty(String xml) {
    return String.join("\n", BREAK.split(xml)) + "\n";
  }
}
