package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Site;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CERT: certificates are checkable, current, honestly scoped and honestly named. */
final class CertificateRules {
  private CertificateRules() {}

  /** The day after the ISO/IEC 27001:2013 transition ended (IAF MD 26). */
  static final LocalDate ISO27001_2013_INVALID_FROM = LocalDate.of(2025, 11, 1);

  /** CERT-001: issuer, validity and, for ISO standards, the edition are given. */
  static final class Details implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList noEdition = ctx.words.list("iso-without-edition");
      for (Certificate c : ctx.catalogue.certificates()) {
        List<String> missing = new ArrayList<>();
        if (c.issuer().isEmpty()) {
          missing.add("its issuer ('issuer')");
        }
        if (c.validUntil().isEmpty()) {
          missing.add("until when it is valid ('valid-until')");
        }
        if (noEdition.matches(c.standard(), null)) {
          missing.add(
              "the edition of '"
                  + c.standard()
                  + "' (such as '"
                  + c.standard().strip()
                  + ":2022')");
        }
        if (!missing.isEmpty()) {
          ctx.report(
              ctx.at.at(c),
              "certificate '"
                  + c.id()
                  + "' does not state "
                  + join(missing)
                  + "; without them the controller cannot check it");
        }
      }
    }

    private static String join(List<String> parts) {
      if (parts.size() == 1) {
        return parts.get(0);
      }
      return String.join(", ", parts.subList(0, parts.size() - 1))
          + " or "
          + parts.get(parts.size() - 1);
    }
  }

  /** CERT-002: the certificate has not expired. */
  static final class Expired implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Certificate c : ctx.catalogue.certificates()) {
        if (c.validUntil().isPresent() && c.validUntil().get().isBefore(ctx.today)) {
          ctx.report(
              ctx.at.at(c, "valid-until"),
              "certificate '"
                  + c.id()
                  + "' expired on "
                  + c.validUntil().get()
                  + "; expected a valid certificate",
              "enter the renewed certificate's dates, or remove the certificate and its"
                  + " references");
        }
      }
    }
  }

  /** CERT-006: the certificate expires within 90 days. */
  static final class ExpiresSoon implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Certificate c : ctx.catalogue.certificates()) {
        if (c.validUntil().isEmpty() || c.validUntil().get().isBefore(ctx.today)) {
          continue;
        }
        long days = ChronoUnit.DAYS.between(ctx.today, c.validUntil().get());
        if (days <= 90) {
          ctx.report(
              ctx.at.at(c, "valid-until"),
              "certificate '"
                  + c.id()
                  + "' expires on "
                  + c.validUntil().get()
                  + ", "
                  + Context.inDays(days),
              "ask for the renewed certificate now");
        }
      }
    }
  }

  /** CERT-003: a sub-processor's certificate evidences measures at its own sites only. */
  static final class SubprocessorCertificateScope implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Measure m : ctx.catalogue.measures()) {
        Optional<String> operator = ctx.site(m).flatMap(Site::operator);
        for (String id : m.certificates()) {
          Optional<Certificate> c = ctx.catalogue.certificate(id);
          if (c.isEmpty() || c.get().holder().isEmpty()) {
            continue;
          }
          String holder = c.get().holder().get();
          if (!operator.equals(Optional.of(holder))) {
            ctx.report(
                ctx.at.at(m, "certificates", id),
                "measure '"
                    + m.id()
                    + "' cites certificate '"
                    + id
                    + "' of sub-processor '"
                    + holder
                    + "', but "
                    + (m.site().isEmpty()
                        ? "applies to every site"
                        : "is at site '"
                            + m.site().get()
                            + "', which '"
                            + holder
                            + "' does not operate")
                    + "; a sub-processor's certificate covers its own operations only",
                "give the measure the site '"
                    + holder
                    + "' operates, or cite a certificate of"
                    + " the processor");
          }
        }
      }
    }
  }

  /** CERT-004: only Art. 42 certifications are called GDPR certifications. */
  static final class GdprCertificationClaim implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList claims = ctx.words.list("gdpr-certification-claims");
      WordLists.WordList schemes = ctx.words.list("art42-schemes");
      for (Certificate c : ctx.catalogue.certificates()) {
        if (schemes.matches(c.standard(), null)) {
          continue;
        }
        for (Map.Entry<String, String> t : c.title().values().entrySet()) {
          Optional<WordLists.Found> f = claims.find(t.getValue(), t.getKey());
          if (f.isPresent() && !schemes.matches(t.getValue(), t.getKey())) {
            report(
                ctx,
                ctx.at.text(c.title(), t.getKey()),
                "certificate '" + c.id() + "' (" + t.getKey() + ")",
                f.get(),
                c.standard());
          }
        }
      }
      for (Measure m : ctx.catalogue.measures()) {
        if (!m.category().equals("certification") && m.certificates().isEmpty()) {
          continue;
        }
        for (Map.Entry<String, String> t : m.text().values().entrySet()) {
          Optional<WordLists.Found> f = claims.find(t.getValue(), t.getKey());
          if (f.isPresent() && !schemes.matches(t.getValue(), t.getKey())) {
            report(
                ctx,
                ctx.at.text(m.text(), t.getKey()),
                "the text of measure '" + m.id() + "' (" + t.getKey() + ")",
                f.get(),
                null);
          }
        }
      }
    }

    private static void report(
        Context ctx,
        io.github.tomannex.tom.Location at,
        String what,
        WordLists.Found claim,
        String standard) {
      ctx.report(
          at,
          what
              + " calls "
              + (standard == null ? "a certificate" : "'" + standard + "'")
              + " '"
              + claim.text()
              + "'; only certifications under Art. 42 GDPR (such as"
              + " Europrivacy) are GDPR certifications",
          "name the standard and what it certifies, e.g. 'ISO/IEC 27001:2022 certificate'");
    }
  }

  /** CERT-005: ISO/IEC 27001:2013 certificates are no longer valid. */
  static final class Iso27001Edition2013 implements LintRule {
    @Override
    public void check(Context ctx) {
      if (ctx.today.isBefore(ISO27001_2013_INVALID_FROM)) {
        return;
      }
      WordLists.WordList old = ctx.words.list("iso27001-2013");
      for (Certificate c : ctx.catalogue.certificates()) {
        boolean inTitle = c.title().values().values().stream().anyMatch(v -> old.matches(v, null));
        if (old.matches(c.standard(), null) || inTitle) {
          ctx.report(
              ctx.at.at(c, old.matches(c.standard(), null) ? "standard" : "title"),
              "certificate '"
                  + c.id()
                  + "' is to ISO/IEC 27001:2013, whose certificates ceased"
                  + " to be valid on 31 October 2025; expected ISO/IEC 27001:2022",
              "enter the certificate to the 2022 edition");
        }
      }
    }
  }
}
