package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the TOM catalogue: prints every diagnostic as {@code path:line:col: severity:
 * rule: message} and fails the build when there is an error (or a warning, with {@code
 * failOnWarning}). Runs without a project too: {@code mvn
 * io.github.tomannex:tom-maven-plugin:check -Dtom.catalogue=catalogue.yaml}.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VALIDATE,
    requiresProject = false,
    threadSafe = true)
public class CheckMojo extends AbstractTomMojo {
  /** Skips this goal only. */
  @Parameter(property = "tom.check.skip", defaultValue = "false")
  boolean skipCheck;

  @Override
  String goal() {
    return "check";
  }

  @Override
  boolean skipGoal() {
    return skipCheck;
  }

  @Override
  void run(Path path) throws MojoFailureException, MojoExecutionException {
    Catalogue c = load(path);
    getLog().info("tom: " + support.display(path) + " is valid: "
        + CatalogueSupport.plural(c.measures().size(), "measure") + ", languages "
        + String.join(", ", c.document().languages()) + ", layout " + c.layout().id());
  }
}
