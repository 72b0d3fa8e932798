package io.github.tomannex.tom.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.RuleLevel;
import io.github.tomannex.tom.Severity;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's side of validation: the lint parameter, SARIF, GitHub Actions annotations. */
class CatalogueSupportTest {
  @Test
  void lintParameterIsAListOfRuleEqualsLevel() throws MojoFailureException {
    // what Maven makes of -Dtom.lint=" SPEC-002=off , REV-001 = Warning,": split at the commas
    assertEquals(
        Map.of("SPEC-002", RuleLevel.OFF, "REV-001", RuleLevel.WARNING),
        CatalogueSupport.lint(List.of(" SPEC-002=off ", " REV-001 = Warning", "")));
    assertEquals(Map.of(), CatalogueSupport.lint(null));
    assertEquals(Map.of(), CatalogueSupport.lint(List.of(" ")));
  }

  @Test
  void badLintParametersAreWordedInPomTerms() {
    MojoFailureException noEq =
        assertThrows(MojoFailureException.class, () -> CatalogueSupport.lint(List.of("SPEC-002")));
    assertTrue(
        noEq.getMessage()
            .startsWith(
                "tom: <lint> has 'SPEC-002', which is not RULE=LEVEL"
                    + " (set <lint> or -Dtom.lint"),
        noEq.getMessage());
    MojoFailureException level =
        assertThrows(
            MojoFailureException.class, () -> CatalogueSupport.lint(List.of("SPEC-002=fatal")));
    assertTrue(
        level
            .getMessage()
            .startsWith(
                "tom: <lint> sets SPEC-002 to 'fatal'; expected off, info, warning or error"),
        level.getMessage());
    MojoFailureException rule =
        assertThrows(
            MojoFailureException.class, () -> CatalogueSupport.lint(List.of("SPEC-02=off")));
    assertTrue(
        rule.getMessage().contains("'SPEC-02' is not a configurable rule"), rule.getMessage());
    assertTrue(rule.getMessage().contains("did you mean 'SPEC-002'?"), rule.getMessage());
    MojoFailureException structural =
        assertThrows(
            MojoFailureException.class, () -> CatalogueSupport.lint(List.of("SCHEMA-001=off")));
    assertTrue(structural.getMessage().contains("structural rule"), structural.getMessage());
  }

  @Test
  void annotationsAreGithubWorkflowCommandsWithEscapedValues() {
    Diagnostic d =
        new Diagnostic(
            new Location("x", 17, 9),
            Severity.WARNING,
            "REV-005",
            "due in 50% of the time, a: b\nnext",
            Optional.of("plan it"));
    assertEquals(
        "::warning file=src/tom/a%2Cb.yaml,line=17,col=9,title=REV-005::due in 50%25"
            + " of the time, a: b\\nnext (plan it)",
        CatalogueSupport.annotation(d, "src/tom/a,b.yaml"));
    Diagnostic e =
        new Diagnostic(
            new Location("x", 1, 1), Severity.ERROR, "SCHEMA-001", "m", Optional.empty());
    assertTrue(CatalogueSupport.annotation(e, "c.yaml").startsWith("::error file=c.yaml,"));
    Diagnostic i =
        new Diagnostic(new Location("x", 1, 1), Severity.INFO, "SPEC-005", "m", Optional.empty());
    assertTrue(CatalogueSupport.annotation(i, "c.yaml").startsWith("::notice file=c.yaml,"));
  }

  @Test
  void sarifAndAnnotationsAreWrittenEvenWhenTheBuildFails(@TempDir Path dir) throws Exception {
    Path module = Files.createDirectories(dir.resolve("module"));
    Path catalogue = Files.createDirectories(module.resolve("src/tom")).resolve("catalogue.yaml");
    Files.writeString(catalogue, "tom: 1\ndocument: []\n");
    CatalogueSupport support =
        new CatalogueSupport(module.toFile(), dir.toFile(), new SystemStreamLog());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    support.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    Path sarif = module.resolve("target/tom/diagnostics.sarif");
    CatalogueSupport.Options options = new CatalogueSupport.Options(Map.of(), sarif, true, "9.9");
    assertThrows(MojoFailureException.class, () -> support.load(catalogue, false, options));
    String text = Files.readString(sarif);
    assertTrue(text.contains("\"uri\" : \"module/src/tom/catalogue.yaml\""), text);
    assertTrue(text.contains("\"ruleId\" : \"SCHEMA-002\""), text);
    assertTrue(text.contains("\"version\" : \"9.9\""), text);
    String annotations = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        annotations.contains(
            "\n::error file=module/src/tom/catalogue.yaml,line=2,col=11,title=SCHEMA-002::"),
        annotations);
    assertTrue(!Files.exists(sarif.resolveSibling("diagnostics.sarif.tmp")));
  }

  @Test
  void theDiagnosticsParameterIsNoneOrSarif(@TempDir Path dir) throws Exception {
    CheckMojo mojo = new CheckMojo();
    mojo.support = new CatalogueSupport(dir.toFile(), dir.toFile(), new SystemStreamLog());
    mojo.diagnostics = "xml";
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo.options(null));
    assertEquals(
        "tom: <diagnostics> is 'xml', which is not a diagnostics format; expected none"
            + " or sarif (set <diagnostics> or -Dtom.diagnostics)",
        e.getMessage());
    mojo.diagnostics = "sarif";
    mojo.diagnosticsFile = new File("out/d.sarif");
    CatalogueSupport.Options o = mojo.options("true");
    assertEquals(dir.resolve("out/d.sarif").toAbsolutePath().normalize(), o.sarif());
    assertTrue(o.githubActions());
    mojo.diagnostics = "none";
    assertEquals(null, mojo.options("false").sarif());
    assertTrue(!mojo.options(null).githubActions());
  }

  /** The per-build cache of loads is keyed by the contents of included files too. */
  @Test
  void anEditToAnIncludedFragmentIsLoadedAgain(@TempDir Path dir) throws Exception {
    Path fragment = dir.resolve("fragment.yaml");
    Files.writeString(
        fragment,
        "measures:\n  - {id: enc, category: encryption, text: \"Disks are encrypted with"
            + " AES-256.\"}\n",
        StandardCharsets.UTF_8);
    Path c = dir.resolve("catalogue.yaml");
    Files.writeString(
        c,
        "tom: 1\ninclude: [fragment.yaml]\ndocument: {title: \"TOM\", version: \"1\","
            + " effective: 2020-01-01, languages: [en], processor: {name: Example Ltd}}\n"
            + "review: {interval: P1Y, last: 2020-01-01}\n"
            + "lint: {REV-001: off, REV-004: off}\n"
            + "measures:\n  - {id: pa, category: physical-access, text: \"Badge entry.\"}\n",
        StandardCharsets.UTF_8);
    Map<String, Object> loaded = new java.util.concurrent.ConcurrentHashMap<>();
    CatalogueSupport support =
        new CatalogueSupport(
            dir.toFile(),
            dir.toFile(),
            new SystemStreamLog(),
            java.util.concurrent.ConcurrentHashMap.newKeySet(),
            loaded);
    CatalogueSupport.Options options = new CatalogueSupport.Options(Map.of(), null, false, "1");
    io.github.tomannex.tom.LoadResult first = support.load(c, false, options);
    assertTrue(first == support.load(c, false, options), "the second load comes from the cache");
    assertEquals(List.of(fragment.toAbsolutePath().normalize()), support.inputFiles(c));
    Files.writeString(
        fragment,
        Files.readString(fragment, StandardCharsets.UTF_8).replace("AES-256", "AES-128"),
        StandardCharsets.UTF_8);
    io.github.tomannex.tom.LoadResult second = support.load(c, false, options);
    assertTrue(second != first, "an edited fragment is loaded again");
    assertTrue(
        second
            .orElseThrow()
            .measure("enc")
            .orElseThrow()
            .text()
            .in("en")
            .orElseThrow()
            .contains("AES-128"));
    assertEquals(2, loaded.size());
  }
}
