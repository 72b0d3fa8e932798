package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Severity;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the TOM catalogue: prints every diagnostic as {@code path:line:col: severity:
 * rule: message} and fails the build when there is an error. Runs without a project too:
 * {@code mvn io.github.tomannex:tom-maven-plugin:check -Dtom.catalogue=catalogue.yaml}.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VALIDATE,
    requiresProject = false,
    threadSafe = true)
public class CheckMojo extends AbstractTomMojo {
  @Override
  protected void run(Catalogue catalogue, String source, LoadResult result) {
    long warnings = result.count(Severity.WARNING);
    getLog().info("tom: " + source + " is valid: " + plural(catalogue.measures().size(), "measure")
        + ", languages " + String.join(", ", catalogue.document().languages())
        + ", layout " + catalogue.layout().id()
        + (warnings > 0 ? ", " + plural(warnings, "warning") : ""));
  }
}
