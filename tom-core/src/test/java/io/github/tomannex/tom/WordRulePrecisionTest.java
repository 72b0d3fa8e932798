package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word rules judged per mention and per phrase, in German and English, on sentences written
 * from the principle of each rule (issue 12, "precision first"): the outdated thing in use is
 * reported, the disabled, forbidden, replaced or historical one is not; a legal condition is no
 * hedge; the reception of e-mail is no reception desk; a placeholder is found in every field. Each
 * case is one measure (or one field) added to a clean catalogue; the assertions look only at the
 * diagnostics of that measure or field, in the language the case is written in.
 */
class WordRulePrecisionTest {
  private static final Tom TOM =
      Tom.builder().clock(DiagnosticFixturesTest.clockAt(DiagnosticFixturesTest.TODAY)).build();

  /** A clean catalogue (de, en) that reports nothing of the word rules. */
  private static final String BASE = base();

  private static String base() {
    try {
      return Files.readString(
          GoldenFiles.root().resolve("diagnostics").resolve("old-002-disabled-or-current-ok.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * The diagnostics of the catalogue with one more measure 'probe' (the text in both languages).
   */
  private static List<Diagnostic> probe(String category, String text) {
    String yaml =
        BASE
            + "  - id: probe\n    category: "
            + category
            + "\n    text: {de: "
            + quoted(text)
            + ", en: "
            + quoted(text)
            + "}\n";
    LoadResult r = TOM.loadString(yaml, "probe.yaml");
    // the same text stands in both languages; the word lists of its own language judge it
    String other = GERMAN.matcher(text).find() ? "(en)" : "(de)";
    return r.diagnostics().stream()
        .filter(d -> d.message().contains("'probe'") && !d.message().contains(other))
        .collect(Collectors.toList());
  }

  /** German function words or letters: a case written in German. */
  private static final java.util.regex.Pattern GERMAN =
      java.util.regex.Pattern.compile(
          "[äöüßÄÖÜ]|(?i)\\b(?:und|der|die|das|ist|sind|werden|wird|mit|für|nach|von|nicht|bleibt"
              + "|auf|des|den|dem|zum|zur|wie|oder|ein|eine|statt|früher|durch|vor|bei|im|zu|sich|am)\\b");

  /** "RULE severity 'term'" of every finding on the probe, in one string, for messages. */
  private static String show(List<Diagnostic> ds) {
    return ds.stream()
        .map(d -> d.rule() + " " + d.severity() + ": " + d.message())
        .collect(Collectors.joining("\n"));
  }

  private static void reports(String category, String text, String rule, Severity s, String term) {
    List<Diagnostic> ds = probe(category, text);
    assertTrue(
        ds.stream()
            .anyMatch(
                d ->
                    d.rule().equals(rule)
                        && d.severity() == s
                        && d.message().contains("'" + term + "'")),
        "expected " + rule + " " + s + " on '" + term + "' in: " + text + "\ngot:\n" + show(ds));
  }

  private static void clean(String category, String text, String... rules) {
    List<Diagnostic> ds = probe(category, text);
    for (String rule : rules) {
      assertTrue(
          ds.stream().noneMatch(d -> d.rule().equals(rule)),
          "expected no " + rule + " in: " + text + "\ngot:\n" + show(ds));
    }
  }

  // --- OLD-002: outdated cryptography in use, per mention ---------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Für Altpartner bleibt TLS 1.0 aktiviert, da nicht alle Partner TLS 1.2 unterstützen.|TLS 1.0",
        "Die Übertragung erfolgt mit TLS 1.2 oder höher; für Altpartner bleibt TLS 1.0 aktiviert, da nicht jeder Partner TLS 1.2 unterstützt.|TLS 1.0",
        "TLS 1.0 remains enabled for legacy partners because not every partner supports TLS 1.2.|TLS 1.0",
        "Da nicht alle Kunden TLS 1.2 unterstützen, wird TLS 1.1 weiterhin angeboten.|TLS 1.1",
        "Because some clients cannot use TLS 1.2, TLS 1.1 is still offered.|TLS 1.1",
        "SSL 3.0 ist deaktiviert, TLS 1.0 wird für Altsysteme weiterhin unterstützt.|TLS 1.0",
        "We no longer use MD5, but SHA-1 is still used for file checksums.|SHA-1",
        "TLS 1.0 is enabled for partners that do not support TLS 1.2.|TLS 1.0",
        "TLS 1.0 bleibt für Partner aktiviert, die TLS 1.2 nicht unterstützen.|TLS 1.0",
        "Passwörter werden mit MD5 gehasht.|MD5",
        "Remote access via PPTP.|PPTP",
        "Connections use TLS 1.0 or higher.|TLS 1.0",
        "Die Datenbank ist mit 3DES verschlüsselt, ein Umstieg ist nicht geplant.|3DES",
        "SSLv3 is accepted as a fallback when a client does not offer TLS.|SSLv3",
        // kept until it is replaced: in use, though "replacement" is a word of negation
        "Das Altsystem kommuniziert bis zu seiner Ablösung weiterhin über TLS 1.1, weil der Hersteller kein Update liefert.|TLS 1.1",
        "Bis zur Umstellung auf das neue Gateway wird TLS 1.0 akzeptiert.|TLS 1.0",
        "Die Schnittstelle nutzt bis sie ersetzt wird 3DES.|3DES",
        "Übergangsweise bleibt SSLv3 für den Altscanner aktiv, eine Ablösung ist geplant.|SSLv3",
        "TLS 1.0 is accepted until the legacy gateway is decommissioned next year.|TLS 1.0",
        "The old archive temporarily keeps MD5 checksums; replacement is scheduled.|MD5",
        "Until its replacement, the scanner uploads via TLS 1.1 since the vendor provides no update.|TLS 1.1",
      })
  void anOutdatedMechanismInUseIsAnError(String text, String term) {
    reports("encryption", text, "OLD-002", Severity.ERROR, term);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SSL 3.0 und TLS 1.0 sind deaktiviert.",
        "SSL 3.0 and TLS 1.0 are disabled.",
        "TLS 1.0 wurde durch TLS 1.3 abgelöst.",
        "TLS 1.0 was replaced by TLS 1.3 in 2023.",
        "Die Ablösung von SHA-1 ist abgeschlossen; alle Signaturen nutzen SHA-256.",
        "We enforce strong cipher suites and disable outdated or weak protocols (e.g., SSL 3.0, TLS 1.0).",
        "bcrypt ersetzt MD5 für alle Passwort-Hashes.",
        "bcrypt replaced MD5 for all password hashes.",
        "TLS 1.0 and 1.1 are no longer supported.",
        "TLS 1.0 wird nicht mehr unterstützt.",
        "Folgende Protokolle sind deaktiviert: SSL 3.0, TLS 1.0 und TLS 1.1.",
        "The following protocols are switched off: SSL 3.0, TLS 1.0, TLS 1.1.",
        "Veraltete Protokolle wie SSL 3.0, TLS 1.0 und TLS 1.1 sind abgeschaltet.",
        "SSL 3.0 (deaktiviert), TLS 1.2 und TLS 1.3 (aktiv).",
        "Connections with SSL 3.0 or TLS 1.0 are rejected.",
        "SHA-1 signatures are not accepted.",
        "Früher wurde 3DES verwendet; seit 2020 AES-256.",
        "Migrated from SHA-1 to SHA-256 in 2021.",
        "Hashes mit SHA-256 statt SHA-1.",
        "Hashes use SHA-256 instead of SHA-1.",
        "Der Einsatz von RC4, DES und MD5 ist verboten.",
        "The use of RC4, 3DES and MD5 is prohibited.",
        "SSL 3.0, das als unsicher gilt, ist deaktiviert.",
        "SSL 3.0, which is insecure, is disabled.",
        "Zweiter Faktor: TOTP nach RFC 6238 (HMAC-SHA-1).",
        "Second factor: TOTP (RFC 6238) with HMAC-SHA1, or HOTP (RFC 4226).",
        "SSL/TLS-Zertifikate werden automatisch erneuert; angeboten wird TLS 1.3.",
        "SSL/TLS certificates are renewed automatically; only TLS 1.3 is offered.",
        "SSL-Zertifikate von Let's Encrypt.",
        "Certificates are created with OpenSSL.",
      })
  void anOutdatedMechanismDisabledReplacedOrHarmlessIsNot(String text) {
    clean("encryption", text, "OLD-002", "OLD-004");
  }

  // --- OLD-004: cryptography that may be outdated, a warning
  // --------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Fernzugriff über zertifizierte SSL-Verschlüsselung.|SSL",
        "Access is protected by certified SSL encryption.|SSL",
        "Formulare werden per SSL übertragen.|SSL",
        "Connections use TLS / SSL.|SSL",
        "Webhooks are signed with HMAC-SHA1.|HMAC-SHA1",
      })
  void anUnversionedSslIsAWarningNotAnError(String text, String term) {
    reports("encryption", text, "OLD-004", Severity.WARNING, term);
    clean("encryption", text, "OLD-002");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SSL-Verschlüsselung mit TLS 1.2 oder 1.3.",
        "SSL encryption with TLS 1.3 only.",
        "SSL ist abgeschaltet.",
        "SSL is switched off.",
        "SSL/TLS certificates from a public CA.",
      })
  void anSslThatIsNamedDisabledOrACertificateIsNoWarning(String text) {
    clean("encryption", text, "OLD-004", "OLD-002");
  }

  // --- OLD-001 and OLD-003 --------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Verpflichtung auf das Datengeheimnis nach § 5 BDSG.|§ 5 BDSG",
        "Alle Beschäftigten werden auf das Datengeheimnis verpflichtet.|Datengeheimnis",
        "Measures under the annex to § 9 BDSG.|§ 9 BDSG",
      })
  void repealedLawIsAWarning(String text, String term) {
    reports("personnel", text, "OLD-001", Severity.WARNING, term);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Alle Beschäftigten werden schriftlich auf das Datengeheimnis nach § 53 BDSG verpflichtet.",
        "Verpflichtung nach § 53 BDSG auf das Datengeheimnis.",
        "Staff are obliged to confidentiality and data secrecy.",
        "Das Datengeheimnis nach § 5 BDSG a. F. wurde durch die Vertraulichkeit nach Art. 29 DSGVO abgelöst.",
      })
  void currentLawAndOrdinaryWordsAreNot(String text) {
    clean("personnel", text, "OLD-001");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Übermittlungen in die USA auf Grundlage des Privacy Shield.",
        "Transfers to the US rely on the Privacy Shield.",
        "Der Privacy Shield gilt weiterhin für Altverträge, obwohl neue Verträge nicht darauf beruhen.",
      })
  void anInvalidTransferMechanismInUseIsAnError(String text) {
    reports("processor-control", text, "OLD-003", Severity.ERROR, "Privacy Shield");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Der Privacy Shield wird nicht mehr genutzt; Grundlage ist das EU-US Data Privacy Framework.",
        "Since the Privacy Shield was invalidated, transfers rely on the SCC of Decision (EU) 2021/914.",
        "Statt des Privacy Shield gelten die Standardvertragsklauseln 2021/914.",
        "The Data Privacy Framework, successor of the Privacy Shield, is the basis.",
      })
  void anInvalidTransferMechanismNamedAsHistoryIsNot(String text) {
    clean("processor-control", text, "OLD-003");
  }

  // --- SPEC-002: hedges ------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Personenbezogene Daten in Auswertungen werden soweit erforderlich pseudonymisiert.|soweit erforderlich",
        "Die Protokolle werden im erforderlichen Umfang ausgewertet.|im erforderlichen Umfang",
        "Pseudonymisation is implemented to the extent necessary.|to the extent necessary",
        "Measures have been established to the required extent.|to the required extent",
        "Backups are taken to the extent required.|to the extent required",
        "Where operationally feasible, personal data is pseudonymised.|Where operationally feasible",
        "Data are anonymised as far as possible.|as far as possible",
        "When applicable, backup media are stored outside the server room.|When applicable",
        "Data at rest is protected with strong algorithms like AES-256.|like",
        "Schutz vor Schadsoftware (Virenscanner, Firewall etc.).|etc.",
        "Schutz durch Firewall, Virenscanner usw.|usw.",
        "Schutz vor Schadsoftware (z. B. Virenscanner, Firewall).|z. B.",
        "Daten werden, wo möglich, verschlüsselt gespeichert.|wo möglich",
        // "as a rule": which cases are the exceptions stays open
        "Sicherheitsupdates werden i. d. R. binnen 14 Tagen eingespielt.|i. d. R.",
        "Sicherheitsupdates werden im Regelfall binnen 14 Tagen eingespielt.|im Regelfall",
        "Besucher werden üblicherweise am Empfang abgeholt.|üblicherweise",
        "Log files are, as a rule, kept for 90 days.|as a rule",
        "Laptops are usually encrypted with BitLocker.|usually",
        "Generally, remote access requires a VPN.|Generally",
        // a condition on what is feasible
        "Server werden, soweit wirtschaftlich vertretbar, redundant betrieben.|soweit wirtschaftlich vertretbar",
        "Personenbezogene Daten werden pseudonymisiert, wo technisch machbar.|wo technisch machbar",
        "Personal data are pseudonymised to the extent technically possible.|to the extent technically possible",
        "Multi-factor authentication is enforced where it is technically possible.|where it is technically possible",
        // an example that is no statutory provision stays a hedge inside a legal condition
        "Daten werden gelöscht, sofern keine gesetzliche Pflicht entgegensteht; Sicherungen z. B. auf Band.|z. B.",
      })
  void aHedgeOnTheMeasureIsReported(String text, String term) {
    reports("pseudonymisation", text, "SPEC-002", Severity.WARNING, term);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nach Ende des Auftrags werden alle Daten innerhalb von 30 Tagen gelöscht, sofern keine gesetzliche Aufbewahrungspflicht entgegensteht.",
        "All data are deleted within 30 days after the end of the contract, unless a statutory retention obligation applies.",
        "Data are kept for 30 days, or longer to the extent required by law.",
        "Records of processing are kept as required by Article 30 GDPR.",
        "Besucher (Lieferanten, Handwerker etc.) werden am Empfang abgeholt und begleitet.",
        "Visitors (suppliers, craftsmen etc.) are accompanied at all times.",
        "Datenträger (Festplatten, USB-Sticks usw.) werden nach DIN 66399 vernichtet.",
        "Data carriers (hard disks, USB sticks etc.) are destroyed to DIN 66399 level H-5.",
        "Data is retained only for as long as necessary for the specified purpose.",
        "We would like to point out that all laptops use BitLocker with XTS-AES-256.",
        // an example of the statutory provision cites the law, it is no example of the measure
        "Nach Vertragsende werden die Daten gelöscht, soweit keine gesetzliche Aufbewahrungspflicht (z. B. nach § 257 HGB) besteht.",
        "Rechnungsdaten werden zehn Jahre aufbewahrt, sofern Aufbewahrungsfristen (bspw. Steuerrecht) dies verlangen.",
        "Data are deleted when the contract ends unless statutory retention duties apply (e.g. Section 257 HGB).",
        "Invoices are kept for ten years where the law requires it (for example tax law).",
        "Only generally available, vendor-supported operating systems are used.",
      })
  void aLegalConditionOrAListOfWhomTheMeasureCoversIsNot(String text) {
    clean("data-lifecycle", text, "SPEC-002");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Die Zugriffsrechte werden regelmäßig überprüft.|regelmäßig",
        "Access rights are reviewed periodically.|periodically",
        "The firewall rules are subject to a periodic review.|periodic",
        "Die Firewall-Konfiguration wird in angemessenen Abständen überprüft.|in angemessenen Abständen",
      })
  void aRecurrenceWithoutIntervalIsSpec006NotSpec002(String text, String term) {
    reports("data-access", text, "SPEC-006", Severity.WARNING, term);
    clean("data-access", text, "SPEC-002");
  }

  // --- SPEC-007: who, not how --------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "physical-access|Das Rechenzentrum dürfen nur Mitarbeiter des Betriebs betreten.|nur Mitarbeiter",
        "physical-access|Der Zutritt zum Archiv ist auf zwei Personen beschränkt.|auf zwei Personen beschränkt",
        "physical-access|Entry to the data centre is limited to operations staff.|limited to",
        "system-access|Administrative access is reserved for the platform team.|reserved for",
        "system-access|Only authorised employees can use the intranet portal.|Only authorised",
        "data-access|Zugriff auf Mandantendaten haben ausschließlich die Teamleiter des Supports.|ausschließlich die Teamleiter",
        "data-access|Customer records are visible to support engineers only.|engineers only",
      })
  void anAccessMeasureThatNamesOnlyWhoIsReported(String category, String text, String term) {
    reports(category, text, "SPEC-007", Severity.WARNING, term);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "physical-access|Das Rechenzentrum dürfen nur Mitarbeiter des Betriebs betreten, mit Chipkarte und PIN.",
        "physical-access|Der Zutritt zum Archiv ist auf zwei Personen beschränkt, die je einen Schlüssel haben.",
        "physical-access|Entry to the data centre is limited to operations staff with a personal badge; every entry is logged.",
        "physical-access|Visitors are accompanied at all times; entry is restricted to the reception area.",
        "system-access|Administrative access is reserved for the platform team and requires a hardware security key.",
        "system-access|Only authorised employees sign in, with single sign-on and a second factor.",
        "data-access|Zugriff auf Mandantendaten haben ausschließlich die Teamleiter des Supports, gemäß Rollenkonzept.",
        "data-access|Customer records are visible to support engineers only, through role-based permissions.",
        "data-access|Access rights are granted on request of the line manager and reviewed every quarter.",
        "system-access|Passwords have at least 12 characters; only the user knows the password.",
        // a procedure is a means too: approval per session, four eyes, access that expires
        "data-access|Production access is limited to the on-call engineer and needs the team lead's approval for each session.",
        "data-access|Zugriff auf die Produktionsdatenbank haben nur zwei Administratoren, jeweils nach Genehmigung im Vier-Augen-Prinzip.",
        "system-access|Support staff only get access to a customer's tenant for 24 hours, and it expires automatically.",
      })
  void anAccessMeasureThatNamesItsMeansOrNoRestrictionIsNot(String category, String text) {
    clean(category, text, "SPEC-007");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Only staff bound to confidentiality are deployed.",
        "Nur verpflichtete Mitarbeiter werden eingesetzt.",
      })
  void aRestrictionInAnotherCategoryIsNoAccessMeasure(String text) {
    clean("personnel", text, "SPEC-007");
  }

  // --- SPEC-004 --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A centralized key management program governs the lifecycle of cryptographic keys, including generation, storage, rotation and revocation.",
        "We maintain an internal Public Key Infrastructure (PKI) to issue and manage certificates for internal systems.",
        "Kryptografische Schlüssel werden in einem zentralen Verfahren erzeugt, verteilt und widerrufen.",
      })
  void keyManagementWithoutAClaimOfEncryptionNeedsNoAlgorithm(String text) {
    clean("encryption", text, "SPEC-004");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Database backups are encrypted.",
        "Sicherungen werden verschlüsselt.",
        "Festplatten der Notebooks.",
        "Laptops and phones.",
        "Encryption keys are rotated and data are encrypted at rest.",
        "Die Schlüssel werden zentral verwaltet; alle Datenbanken sind verschlüsselt.",
      })
  void aClaimOfEncryptionWithoutAlgorithmIsReported(String text) {
    assertTrue(probe("encryption", text).stream().anyMatch(d -> d.rule().equals("SPEC-004")), text);
  }

  // --- CAT-002 ---------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Der Empfang von E-Mails erfolgt ausschließlich über das zentrale Mail-Gateway.",
        "Eingang und Empfang von Nachrichten nur über das Gateway; E-Mail-Empfang wird protokolliert.",
        "Receipt of e-mail only via the central gateway, which scans attachments; e-mail reception is logged.",
        "The reception of e-mails is filtered for malware.",
        "Besucher des Webportals sehen nur öffentliche Inhalte; der Kundenbereich erfordert eine Anmeldung.",
        "Visitors of the web portal see public content only; website visitors cannot log in.",
        "Revocation: all logical and physical access is revoked immediately upon termination.",
        "Zugangs- und Zutrittsrechte werden am letzten Arbeitstag entzogen.",
      })
  void wordsThatMeanSomethingElseHereAreNoMisplacedMeasure(String text) {
    clean("system-access", text, "CAT-002");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Besucher melden sich am Empfang an.",
        "Visitors sign in at reception.",
        "Physical access to the server room requires a badge.",
      })
  void physicalAccessWordsUnderSystemAccessAreStillReported(String text) {
    assertTrue(probe("system-access", text).stream().anyMatch(d -> d.rule().equals("CAT-002")));
  }

  // --- SPEC-001: placeholders in every field ----------------------------------------------------

  /** The SPEC-001 findings of the base catalogue with one replacement. */
  private static List<Diagnostic> placeholders(String from, String to) {
    assertTrue(BASE.contains(from), from);
    LoadResult r = TOM.loadString(BASE.replace(from, to), "fields.yaml");
    return r.diagnostics().stream().filter(d -> d.rule().equals("SPEC-001")).toList();
  }

  private static final String CONTACT = "    name: Beispiel GmbH\n";
  private static final String REFERENCE = "reference: {de: \"AVV-2026-01\", en: \"DPA-2026-01\"}";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // processor contact, agreement reference, preamble: each field
        "    name: Beispiel GmbH\\n|    name: Beispiel GmbH\\n    contact: \"[Name], Datenschutzbeauftragter\"\\n|[Name]",
        "reference: {de: \"AVV-2026-01\", en: \"DPA-2026-01\"}|reference: \"AVV Nr. 2026-117 vom XX.XX.XXXX\"|XX.XX.XXXX",
        "reference: {de: \"AVV-2026-01\", en: \"DPA-2026-01\"}|reference: {de: \"AVV vom TT.MM.JJJJ\", en: \"DPA of DD.MM.YYYY\"}|DD.MM.YYYY",
        "reference: {de: \"AVV-2026-01\", en: \"DPA-2026-01\"}|reference: {de: \"AVV vom TT.MM.JJJJ\", en: \"DPA of DD.MM.YYYY\"}|TT.MM.JJJJ",
        "reference: {de: \"AVV-2026-01\", en: \"DPA-2026-01\"}|reference: {de: \"AVV vom [insert date]\", en: \"DPA of [insert date]\"}|[insert date]",
        "    name: Beispiel GmbH\\n|    name: \"[Firma]\"\\n|[Firma]",
        "    name: Beispiel GmbH\\n|    name: \"[●]\"\\n|[●]",
        "    name: Beispiel GmbH\\n|    name: Beispiel GmbH\\n    contact: \"Telefon ___, E-Mail ___\"\\n|___",
        "    name: Beispiel GmbH\\n|    name: Beispiel GmbH\\n    contact: \"<Ansprechpartner>\"\\n|<Ansprechpartner>",
        "    name: Beispiel GmbH\\n|    name: Beispiel GmbH\\n    contact: \"HRB XXXX, Amtsgericht Kiel\"\\n|XXXX",
      })
  void aPlaceholderInAFieldOfTheDocumentIsAnError(String from, String to, String term) {
    List<Diagnostic> ds = placeholders(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
    assertTrue(
        ds.stream()
            .anyMatch(
                d -> d.severity() == Severity.ERROR && d.message().contains("'" + term + "'")),
        term + ": " + ds);
  }

  @org.junit.jupiter.api.Test
  void aPlaceholderIsFoundInEveryLanguageOfAText() {
    String yaml =
        BASE.replace(
            "  url: https://example.org/tom\n",
            "  url: https://example.org/tom\n  preamble: {de: \"Die [Firma] (Auftragsverarbeiter)"
                + " setzt die Maßnahmen um.\", en: \"[Company] (processor) implements the"
                + " measures.\"}\n");
    List<Diagnostic> ds =
        TOM.loadString(yaml, "p.yaml").diagnostics().stream()
            .filter(d -> d.rule().equals("SPEC-001"))
            .toList();
    assertEquals(2, ds.size(), ds.toString());
    assertTrue(ds.get(0).message().contains("(de)") && ds.get(0).message().contains("[Firma]"));
    assertTrue(ds.get(1).message().contains("(en)") && ds.get(1).message().contains("[Company]"));
  }

  @org.junit.jupiter.api.Test
  void aPlaceholderOfOneLanguageLeftInAnotherIsFound() {
    String yaml =
        BASE.replace(
            "    name: Beispiel GmbH\n",
            "    name: Beispiel GmbH\n    contact: {de: \"Platzhalter\", en: \"noch offen\"}\n");
    List<Diagnostic> ds =
        TOM.loadString(yaml, "p.yaml").diagnostics().stream()
            .filter(d -> d.rule().equals("SPEC-001"))
            .toList();
    assertEquals(2, ds.size(), ds.toString());
    assertTrue(ds.get(1).message().contains("(en)") && ds.get(1).message().contains("noch offen"));
  }

  @org.junit.jupiter.api.Test
  void aPlaceholderInTheChangeHistoryIsAnError() {
    String yaml =
        BASE
            + "changes:\n  - version: \"2025.1\"\n    date: 2025-06-01\n    measure: old-one\n"
            + "    reason: {de: \"TBD\", en: \"[insert reason]\"}\n";
    List<Diagnostic> ds =
        TOM.loadString(yaml, "c.yaml").diagnostics().stream()
            .filter(d -> d.rule().equals("SPEC-001"))
            .toList();
    assertEquals(2, ds.size(), ds.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Details in den [Datenschutzhinweisen](https://example.org/datenschutz).",
        "See the [privacy notice][notice] and footnote [1].",
        "Protokolle enthalten [Datum, Uhrzeit, Benutzer] jeder Änderung.",
        "Unterstützung nach Art. 28 Abs. 3 [lit. e] DSGVO.",
        "Weitere Felder sind [optional].",
        "Anomale Muster im Netzwerkverkehr werden erkannt.",
        "Hervorhebung mit ___fett-kursiv___ im Text.",
        "Notebooks (Größe XL) mit BitLocker XTS-AES-256.",
        "Kartennummern werden maskiert angezeigt (XXXX-XXXX-XXXX-1234).",
        "Test data are filled with xxxxxxxx instead of names.",
      })
  void ordinaryBracketsAndWordsAreNoPlaceholder(String text) {
    clean("encryption", text, "SPEC-001");
  }

  // --- META-001 --------------------------------------------------------------------------------

  @org.junit.jupiter.api.Test
  void aTitleUnderPart3OfTheBdsgNamesParagraph64() {
    String from =
        "title: {de: \"Technische und organisatorische Maßnahmen nach Art. 32 DSGVO\", en:"
            + " \"Technical and organisational measures pursuant to Art. 32 GDPR\"}";
    assertTrue(BASE.contains(from));
    String part3 =
        BASE.replace(
            from,
            "title: {de: \"Technische und organisatorische Maßnahmen nach § 64 BDSG\", en:"
                + " \"Technical and organisational measures pursuant to Section 64 BDSG\"}");
    assertTrue(
        TOM.loadString(part3, "t.yaml").diagnostics().stream()
            .noneMatch(d -> d.rule().equals("META-001")));
    String none =
        BASE.replace(
            from,
            "title: {de: \"Technische und organisatorische Maßnahmen\", en:"
                + " \"Technical and organisational measures\"}");
    assertEquals(
        2,
        TOM.loadString(none, "t.yaml").diagnostics().stream()
            .filter(d -> d.rule().equals("META-001"))
            .count());
  }
}
