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
  /**
   * How many days before a certificate runs out CERT-006 and SUB-007 warn: the same window, so that
   * CERT-006 can leave the evidence of inherited measures to SUB-007.
   */
  static final int EXPIRY_WARNING_DAYS = 90;

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
      // a certificate that is the only evidence of inherited measures is reported with them
      java.util.Set<Certificate> inherited = new java.util.HashSet<>();
      SubprocessorRules.withoutValidEvidence(ctx).forEach(i -> inherited.addAll(i.evidence()));
      for (Certificate c : ctx.catalogue.certificates()) {
        if (inherited.contains(c)) {
          continue; // SUB-006
        }
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
      java.util.Set<Certificate> inherited = new java.util.HashSet<>();
      SubprocessorRules.expiringEvidence(ctx).keySet().forEach(i -> inherited.addAll(i.evidence()));
      for (Certificate c : ctx.catalogue.certificates()) {
        if (c.validUntil().isEmpty()
            || c.validUntil().get().isBefore(ctx.today)
            || inherited.contains(c)) {
          continue; // expired: CERT-002; the evidence of inherited measures: SUB-007
        }
        long days = ChronoUnit.DAYS.between(ctx.today, c.validUntil().get());
        if (days <= EXPIRY_WARNING_DAYS) {
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

  /**
   * Whether a certificate evidences measures at a site: with a {@code scope}, the sites it lists;
   * without, a certificate of the site's operator (a sub-processor) covers the site it operates.
   */
  static boolean covers(Certificate c, Site site) {
    if (!c.scope().isEmpty()) {
      return c.scope().contains(site.id());
    }
    return site.operator().isPresent()
        && c.holder().equals(site.operator())
        && (c.site().isEmpty() || c.site().get().equals(site.id()));
  }

  /** CERT-003: a sub-processor's certificate evidences measures at its own sites only. */
  static final class SubprocessorCertificateScope implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Measure m : ctx.catalogue.measures()) {
        Optional<Site> site = ctx.site(m);
        for (String id : m.certificates()) {
          Optional<Certificate> c = ctx.catalogue.certificate(id);
          if (c.isEmpty() || c.get().holder().isEmpty()) {
            continue;
          }
          String holder = c.get().holder().get();
          if (site.isPresent()
              && (c.get().scope().isEmpty()
                  ? site.get().operator().equals(Optional.of(holder))
                  : c.get().scope().contains(site.get().id()))) {
            continue;
          }
          String where;
          if (m.site().isEmpty()) {
            where = "applies to every site";
          } else if (!c.get().scope().isEmpty()) {
            where =
                "is at site '"
                    + m.site().get()
                    + "', which the certificate's scope ("
                    + String.join(", ", c.get().scope())
                    + ") does not list";
          } else {
            where = "is at site '" + m.site().get() + "', which '" + holder + "' does not operate";
          }
          ctx.report(
              ctx.at.at(m, "certificates", id),
              "measure '"
                  + m.id()
                  + "' cites certificate '"
                  + id
                  + "' of sub-processor '"
                  + holder
                  + "', but "
                  + where
                  + "; a sub-processor's certificate covers its own operations only",
              "give the measure the site '"
                  + holder
                  + "' operates, or cite a certificate of"
                  + " the processor");
        }
      }
    }
  }

  /**
   * CERT-010: the processor's own certificate does not evidence the measures of a site that a
   * sub-processor operates, unless its scope lists the site.
   */
  static final class OwnCertificateAtSubprocessorSite implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Measure m : ctx.catalogue.measures()) {
        Optional<Site> site = ctx.site(m);
        if (site.isEmpty() || site.get().operator().isEmpty()) {
          continue;
        }
        String op = site.get().operator().get();
        String name =
            ctx.catalogue
                .subprocessor(op)
                .map(io.github.tomannex.tom.Subprocessor::name)
                .orElse(op);
        for (String id : m.certificates()) {
          Optional<Certificate> c = ctx.catalogue.certificate(id);
          if (c.isEmpty() || c.get().holder().isPresent() || covers(c.get(), site.get())) {
            continue;
          }
          ctx.report(
              ctx.at.at(m, "certificates", id),
              "measure '"
                  + m.id()
                  + "' at site '"
                  + site.get().id()
                  + "', which sub-processor '"
                  + name
                  + "' operates, cites the processor's own certificate '"
                  + id
                  + "'; it evidences the processor's management system, not the measures of '"
                  + name
                  + "' at that site, unless its scope lists the site",
              "cite a certificate or audit report of the operator (with 'holder: "
                  + op
                  + "'), or, if the processor's certification covers the site, say so with"
                  + " 'scope: ["
                  + site.get().id()
                  + "]'");
        }
      }
    }
  }

  /** CERT-004: only Art. 42 certifications are called GDPR certifications. */
  static final class GdprCertificationClaim implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList claims = ctx.words.list("gdpr-certification-claims");
      WordLists.WordList compliance = ctx.words.list("gdpr-compliance-claims");
      WordLists.WordList compliantCertification =
          ctx.words.list("gdpr-compliant-certification-claims");
      WordLists.WordList schemes = ctx.words.list("art42-schemes");
      for (Certificate c : ctx.catalogue.certificates()) {
        if (schemes.matches(c.standard(), null)) {
          continue;
        }
        for (Map.Entry<String, String> t : c.title().values().entrySet()) {
          Optional<WordLists.Found> f =
              claims
                  .find(t.getValue(), t.getKey())
                  .or(() -> compliance.find(t.getValue(), t.getKey()));
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
          Optional<WordLists.Found> f =
              claims
                  .find(t.getValue(), t.getKey())
                  .or(() -> compliantCertification.find(t.getValue(), t.getKey()));
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
      WordLists.WordList adoption = ctx.words.list("iso27001-2013-adoptions");
      for (Certificate c : ctx.catalogue.certificates()) {
        boolean inTitle = c.title().values().values().stream().anyMatch(v -> old.matches(v, null));
        Optional<WordLists.Found> national = adoption.find(c.standard(), null);
        boolean nationalInStandard = national.isPresent();
        for (String v : c.title().values().values()) {
          if (national.isEmpty()) {
            national = adoption.find(v, null);
          }
        }
        if (national.isPresent() && !old.matches(c.standard(), null)) {
          ctx.report(
              ctx.at.at(c, nationalInStandard ? "standard" : "title"),
              "certificate '"
                  + c.id()
                  + "' is to '"
                  + (nationalInStandard ? c.standard().strip() : national.get().text().strip())
                  + "', the European or national adoption of ISO/IEC 27001:2013 with the same"
                  + " content,"
                  + " whose certificates ceased to be valid on 31 October 2025; expected"
                  + " ISO/IEC 27001:2022 (EN ISO/IEC 27001:2023)",
              "enter the certificate to the 2022 edition");
          continue;
        }
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

  /** The ISO/IEC 27001 editions: 2005, 2013 and 2022 (with amendment 1:2024). */
  static final java.util.Set<String> ISO27001_EDITIONS = java.util.Set.of("2005", "2013", "2022");

  /**
   * "ISO/IEC 27001:2020", "ISO 27001-2019": an ISO/IEC 27001 reference with a year, written without
   * a national or European prefix (whose own publication years differ, such as DIN ISO/IEC
   * 27001:2015 or EN ISO/IEC 27001:2017).
   */
  private static final java.util.regex.Pattern ISO27001_YEAR =
      java.util.regex.Pattern.compile(
          "(?<![\\p{L}\\d/.-])((?:ISO/IEC|ISO|IEC)\\s*+27001)\\s*+[:-]\\s*+(\\d{4})(?!\\d)");

  /** Prefixes of national and European adoptions, in front of "ISO". */
  private static final java.util.regex.Pattern ADOPTION_PREFIX =
      java.util.regex.Pattern.compile(
          "(?:\\b(?:EN|DIN|ÖNORM|OENORM|ONORM|BS|NF|UNE|UNE-EN|NEN|SN|SS|DS|NS|SFS|UNI|PN|ČSN|CSN"
              + "|STN|IS|I\\.S\\.|JIS|NBR|ABNT|SANS|AS|NZS|AS/NZS|KS|MSZ|SIST|LST|EVS|HRN|SR|ELOT|CYS"
              + "|MSA|ILNAS|LVS|BDS|TS|GOST|SASO|CAN/CSA)[\\s-]*+)$");

  /** A reference to an ISO/IEC 27001 edition that does not exist, if the text has one. */
  static Optional<String> unknownIso27001Edition(String text) {
    java.util.regex.Matcher m = ISO27001_YEAR.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 20), m.start());
      if (ADOPTION_PREFIX.matcher(before).find()) {
        continue;
      }
      if (!ISO27001_EDITIONS.contains(m.group(2))) {
        return Optional.of(m.group().strip());
      }
    }
    return Optional.empty();
  }

  /** CERT-007: the certificate names an edition of ISO/IEC 27001 that does not exist. */
  static final class Iso27001UnknownEdition implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Certificate c : ctx.catalogue.certificates()) {
        Optional<String> found = unknownIso27001Edition(c.standard());
        String key = "standard";
        if (found.isEmpty()) {
          key = "title";
          for (String v : c.title().values().values()) {
            if (found.isEmpty()) {
              found = unknownIso27001Edition(v);
            }
          }
        }
        if (found.isEmpty()) {
          continue;
        }
        String year = found.get().substring(found.get().length() - 4);
        ctx.report(
            ctx.at.at(c, key),
            "certificate '"
                + c.id()
                + "' names '"
                + found.get()
                + "', an edition that does not exist: ISO/IEC 27001 was published in 2005, 2013"
                + " and 2022"
                + (year.equals("2017")
                    ? " (EN ISO/IEC 27001:2017 is the European adoption of the 2013 edition)"
                    : "")
                + "; expected the edition the certificate states",
            "copy the standard from the certificate, such as 'ISO/IEC 27001:2022'");
      }
    }
  }

  /** CERT-008: an ISO 9001 (quality management) certificate offered as security evidence. */
  static final class QualityManagementAsSecurityEvidence implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList iso9001 = ctx.words.list("iso9001");
      WordLists.WordList security = ctx.words.list("security-evidence-words");
      java.util.Set<String> qms = new java.util.LinkedHashSet<>();
      for (Certificate c : ctx.catalogue.certificates()) {
        if (iso9001.matches(c.standard(), null)) {
          qms.add(c.id());
          for (Map.Entry<String, String> t : c.title().values().entrySet()) {
            Optional<WordLists.Found> f = security.find(t.getValue(), t.getKey());
            if (f.isPresent()) {
              ctx.report(
                  ctx.at.text(c.title(), t.getKey()),
                  "certificate '"
                      + c.id()
                      + "' ("
                      + t.getKey()
                      + ") is to "
                      + c.standard().strip()
                      + ", a quality management standard, but its title calls it '"
                      + f.get().text()
                      + "'; ISO 9001 certifies no security measure",
                  "name it as what it is (quality management), and evidence security by ISO/IEC"
                      + " 27001, BSI C5, SOC 2 or an audit report");
              break;
            }
          }
        }
      }
      for (Measure m : ctx.catalogue.measures()) {
        if (m.category().equals("data-quality")) {
          continue;
        }
        List<String> cited = m.certificates().stream().filter(qms::contains).toList();
        Optional<Map.Entry<String, String>> named =
            m.text().values().entrySet().stream()
                .filter(e -> iso9001.matches(e.getValue(), e.getKey()))
                .findFirst();
        if (cited.isEmpty() && named.isEmpty()) {
          continue;
        }
        String lang =
            named
                .map(Map.Entry::getKey)
                .orElse(
                    m.text().in(ctx.binding()).isPresent()
                        ? ctx.binding()
                        : m.text().values().keySet().iterator().next());
        ctx.report(
            named.isPresent()
                ? ctx.at.text(m.text(), lang)
                : ctx.at.at(m, "certificates", cited.get(0)),
            "measure '"
                + m.id()
                + "' offers "
                + (cited.isEmpty()
                    ? "ISO 9001"
                    : "the ISO 9001 certificate '" + String.join("', '", cited) + "'")
                + " as evidence of "
                + (m.category().equals("certification")
                    ? "its security measures"
                    : "a security measure")
                + "; ISO 9001 certifies a quality management system and says nothing about"
                + " information security",
            "evidence the measures by ISO/IEC 27001, BSI C5, SOC 2 or an audit report; keep ISO"
                + " 9001 out of the security evidence");
      }
    }
  }

  /** CERT-009: the certificate is valid from a day after it expires. */
  static final class ValidityOrder implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Certificate c : ctx.catalogue.certificates()) {
        if (c.validFrom().isPresent()
            && c.validUntil().isPresent()
            && c.validFrom().get().isAfter(c.validUntil().get())) {
          ctx.report(
              ctx.at.at(c, "valid-from"),
              "certificate '"
                  + c.id()
                  + "' is valid from "
                  + c.validFrom().get()
                  + ", after it expires ("
                  + c.validUntil().get()
                  + "); expected 'valid-from' on or before 'valid-until'",
              "copy both dates from the certificate; they are probably swapped or mistyped");
        }
      }
    }
  }
}
