package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Text;
import java.util.Map;

/** META: the document identifies itself, the processor, the agreement and its version. */
final class MetaRules {
  private MetaRules() {}

  /** META-001: the title names Art. 32 GDPR, in each language. */
  static final class TitleNamesArt32 implements LintRule {
    @Override
    public void check(Context ctx) {
      Text title = ctx.catalogue.document().title();
      WordLists.WordList art32 = ctx.words.list("art32");
      for (Map.Entry<String, String> e : title.values().entrySet()) {
        if (!art32.matches(e.getValue(), e.getKey())) {
          ctx.report(
              ctx.at.text(title, e.getKey()),
              "the title ("
                  + e.getKey()
                  + ") '"
                  + e.getValue()
                  + "' does not name Art. 32"
                  + " GDPR; expected a title such as '"
                  + example(e.getKey())
                  + "'");
        }
      }
    }

    /** tom's example in the title's language; in English where tom has none (a tool word). */
    private static String example(String lang) {
      Labels words = Labels.standard();
      return words
          .word("lint.title-example", lang)
          .orElseGet(() -> words.format("lint.title-example", "en"));
    }
  }

  /** META-002: the processor has an address. */
  static final class ProcessorAddress implements LintRule {
    @Override
    public void check(Context ctx) {
      Document d = ctx.catalogue.document();
      if (d.processor().address().isEmpty()) {
        ctx.report(
            ctx.at.at(d, "processor"),
            "the processor '"
                + d.processor().name()
                + "' has no address; expected"
                + " 'document.processor.address' with the address of the legal entity");
      }
    }
  }

  /** META-003: the annex names the agreement it belongs to. */
  static final class AgreementReference implements LintRule {
    @Override
    public void check(Context ctx) {
      Document d = ctx.catalogue.document();
      boolean named =
          d.agreement().map(a -> a.title().isPresent() || a.reference().isPresent()).orElse(false);
      if (!named) {
        ctx.report(
            ctx.at.at(d, "agreement"),
            "the annex does not name the data processing agreement it belongs to; expected"
                + " 'document.agreement' with its title or reference (number, date)");
      }
    }
  }

  /** META-004: the effective date is not in the future. */
  static final class EffectiveInFuture implements LintRule {
    @Override
    public void check(Context ctx) {
      Document d = ctx.catalogue.document();
      if (d.effective().isAfter(ctx.today)) {
        ctx.report(
            ctx.at.at(d, "effective"),
            "the effective date '"
                + d.effective()
                + "' is after today ("
                + ctx.today
                + "); until then the previous version applies");
      }
    }
  }

  /** META-007: the address of the current version is given. */
  static final class PublishedUrl implements LintRule {
    @Override
    public void check(Context ctx) {
      Document d = ctx.catalogue.document();
      if (d.url().isEmpty()) {
        ctx.report(
            ctx.at.at(d, "version"),
            "the annex does not say where its current version is published; expected"
                + " 'document.url' next to version '"
                + d.version()
                + "'");
      }
    }
  }

  /** META-008: a measure is described, not linked. */
  static final class LinkOnly implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList links = ctx.words.list("link-only");
      for (Measure m : ctx.catalogue.measures()) {
        for (Map.Entry<String, String> e : m.text().values().entrySet()) {
          if (links.matches(e.getValue(), e.getKey())) {
            ctx.report(
                ctx.at.text(m.text(), e.getKey()),
                "the text of measure '"
                    + m.id()
                    + "' ("
                    + e.getKey()
                    + ") is only the link '"
                    + e.getValue().strip()
                    + "'; expected the measure itself, in the annex",
                "describe the measure; a linked page can change without the controller's"
                    + " agreement");
          }
        }
      }
    }
  }
}
