package io.github.tomannex.tom.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.RuleLevel;
import io.github.tomannex.tom.Severity;
import java.io.File;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every goal does before its own work: defaults without a POM, size, memory, noise. */
class AbstractTomMojoTest {
  /** A goal whose work is given by the test. */
  static final class Goal extends AbstractTomMojo {
    interface Work {
      void run(Path catalogue) throws Exception;
    }

    Work work = p -> {};
    boolean ran;

    @Override
    String goal() {
      return "test";
    }

    @Override
    boolean skipGoal() {
      return false;
    }

    @Override
    void run(Path catalogue)
        throws org.apache.maven.plugin.MojoExecutionException, MojoFailureException {
      ran = true;
      try {
        work.run(catalogue);
      } catch (RuntimeException | Error | MojoFailureException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static Goal goal(Path dir, Path catalogue) {
    Goal g = new Goal();
    g.setLog(new SafeLogTest.Recording());
    g.catalogue = catalogue.toFile();
    g.basedir = dir.toFile();
    g.executionRoot = dir.toFile();
    g.diagnostics = "none";
    return g;
  }

  @Test
  void outOfMemoryIsAClearFailureNamingTheCatalogueAndTheHeap(@TempDir Path dir) throws Exception {
    Path catalogue = Files.writeString(dir.resolve("catalogue.yaml"), "tom: 1\n");
    Goal g = goal(dir, catalogue);
    g.work =
        p -> {
          throw new OutOfMemoryError("Java heap space");
        };
    MojoFailureException e = assertThrows(MojoFailureException.class, g::execute);
    assertTrue(
        e.getMessage()
            .startsWith("tom: test ran out of memory with catalogue.yaml" + " (Java heap of "),
        e.getMessage());
    assertTrue(e.getMessage().contains("Java heap space"), e.getMessage());
    assertTrue(e.getMessage().contains("MAVEN_OPTS=-Xmx2g"), e.getMessage());
    assertTrue(e.getCause() instanceof OutOfMemoryError);
  }

  @Test
  void aCatalogueOverTheLimitIsFile002BeforeAnythingReadsIt(@TempDir Path dir) throws Exception {
    Path catalogue = dir.resolve("catalogue.yaml");
    try (RandomAccessFile f = new RandomAccessFile(catalogue.toFile(), "rw")) {
      f.setLength(3L << 30); // 3 GiB, sparse: nothing written
    }
    Goal g = goal(dir, catalogue);
    g.work =
        p -> {
          throw new AssertionError("the goal's work read a file over the limit");
        };
    MojoFailureException e = assertThrows(MojoFailureException.class, g::execute);
    assertFalse(g.ran);
    assertTrue(e.getMessage().contains("FILE-002"), e.getMessage());
    assertTrue(e.getMessage().contains("catalogue.yaml"), e.getMessage());
  }

  @Test
  void withoutAPomTheProjectDirectoriesAreTheCurrentDirectory() {
    File base = new File("/work/here");
    File literal = new File(new File("/work/here"), "${project.basedir}/src/tom/catalogue.yaml");
    assertEquals(
        new File(base, "src/tom/catalogue.yaml"), AbstractTomMojo.standaloneDefault(literal, base));
    assertEquals(
        new File(base, "target/tom"),
        AbstractTomMojo.standaloneDefault(
            new File("/work/here/${project.basedir}/target/tom"), base));
    assertEquals(
        new File(base, "target/tom/diagnostics.sarif"),
        AbstractTomMojo.standaloneDefault(
            new File("${project.build.directory}/tom/diagnostics.sarif"), base));
    assertEquals(
        new File(base, "target"),
        AbstractTomMojo.standaloneDefault(new File("${project.build.directory}"), base));
    assertEquals(new File("out"), AbstractTomMojo.standaloneDefault(new File("out"), base));
    assertEquals(null, AbstractTomMojo.standaloneDefault(null, base));
  }

  @Test
  void eachFindingIsPrintedOncePerBuild(@TempDir Path dir) {
    Set<String> build = ConcurrentHashMap.newKeySet();
    SafeLogTest.Recording log = new SafeLogTest.Recording();
    Map<String, Object> loaded = new ConcurrentHashMap<>();
    CatalogueSupport check = new CatalogueSupport(dir.toFile(), dir.toFile(), log, build, loaded);
    CatalogueSupport render = new CatalogueSupport(dir.toFile(), dir.toFile(), log, build, loaded);
    Path c = dir.resolve("catalogue.yaml");
    assertTrue(check.printOnce(c, Severity.WARNING, "catalogue.yaml:3:3: warning: META-003: x"));
    assertFalse(render.printOnce(c, Severity.WARNING, "catalogue.yaml:3:3: warning: META-003: x"));
    assertTrue(
        render.printOnce(
            dir.resolve("other.yaml"),
            Severity.WARNING,
            "catalogue.yaml:3:3: warning: META-003: x"),
        "another catalogue's finding");
    render.repeated(c, 1);
    assertEquals(3, log.lines.size(), log.lines.toString());
    assertEquals(
        "[INFO] tom: 1 finding in catalogue.yaml was printed above in this build;"
            + " not repeated",
        log.lines.get(2));
    assertTrue(
        new CatalogueSupport(dir.toFile(), dir.toFile(), log)
            .printOnce(c, Severity.WARNING, "catalogue.yaml:3:3: warning: META-003: x"),
        "another build");
  }

  @Test
  void aCatalogueIsLoadedOncePerBuildUnlessItOrTheOptionsChange(@TempDir Path dir)
      throws Exception {
    Path c = dir.resolve("catalogue.yaml");
    Files.writeString(c, RenderAtomicityTest.CATALOGUE.replace("%s", "A"));
    Set<String> printed = ConcurrentHashMap.newKeySet();
    Map<String, Object> loaded = new ConcurrentHashMap<>();
    SafeLogTest.Recording log = new SafeLogTest.Recording();
    CatalogueSupport check = new CatalogueSupport(dir.toFile(), dir.toFile(), log, printed, loaded);
    CatalogueSupport render =
        new CatalogueSupport(dir.toFile(), dir.toFile(), log, printed, loaded);
    CatalogueSupport.Options options = new CatalogueSupport.Options(Map.of(), null, false, "1");
    LoadResult first = check.load(c, false, options);
    assertSame(first, render.load(c, false, options), "the second goal's load");
    CatalogueSupport.Options other =
        new CatalogueSupport.Options(Map.of("META-003", RuleLevel.OFF), null, false, "1");
    LoadResult otherLevels = render.load(c, false, other);
    assertNotSame(first, otherLevels, "other rule levels");
    Files.writeString(c, RenderAtomicityTest.CATALOGUE.replace("%s", "B"));
    LoadResult changed = render.load(c, false, options);
    assertNotSame(first, changed, "a catalogue changed during the build");
    assertTrue(
        changed
            .catalogue()
            .orElseThrow()
            .measures()
            .get(1)
            .text()
            .in("de")
            .orElseThrow()
            .endsWith("(B)"));
    assertNotSame(
        first,
        new CatalogueSupport(dir.toFile(), dir.toFile(), log).load(c, false, options),
        "another build");
  }
}
