package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DUTY and PRAC rules (and REV-003's negated consent, COV-004's backup aspects) on many
 * wordings, in German and English: each case changes one thing in a catalogue that promises every
 * duty of Art. 28(3) GDPR, and says whether the rule must report it. The wordings are written from
 * the rules' legal sources, not copied from the corpus; the diagnostics fixtures show one case of
 * each rule with its message.
 */
class DutyPracticeWordingsTest {

  /** The clean catalogue's measures: id to category, German and English text. */
  private static final Map<String, String[]> BASE = new LinkedHashMap<>();

  static {
    BASE.put(
        "enc-disk",
        new String[] {
          "encryption",
          "Alle Datenträger sind mit AES-256 verschlüsselt.",
          "All disks are encrypted with AES-256."
        });
    BASE.put(
        "pa-badge",
        new String[] {
          "physical-access",
          "Zutritt zu den Büros nur mit persönlicher Karte.",
          "Entry to the offices only with a personal card."
        });
    BASE.put(
        "sc-patch",
        new String[] {
          "secure-configuration",
          "Sicherheitsupdates werden binnen 72 Stunden eingespielt.",
          "Security updates are applied within 72 hours."
        });
    BASE.put(
        "rec-backup",
        new String[] {
          "recoverability",
          "Tägliche Sicherung an einen zweiten Standort; die Wiederherstellung wird vierteljährlich"
              + " getestet.",
          "Daily backups to a second site; restores are tested every quarter."
        });
    BASE.put(
        "rev-pentest",
        new String[] {
          "review-evaluation",
          "Jährlicher externer Penetrationstest.",
          "Annual external penetration test."
        });
    BASE.put(
        "dl-end",
        new String[] {
          "data-lifecycle",
          "Nach Ende des Auftrags werden alle Daten nach Wahl des Auftraggebers zurückgegeben oder"
              + " innerhalb von 30 Tagen gelöscht; Kopien in Backups werden nach spätestens 30"
              + " Tagen überschrieben.",
          "After the end of the contract all data are returned or deleted within 30 days, at the"
              + " choice of the controller; copies in backups are overwritten after 30 days at the"
              + " latest."
        });
    BASE.put(
        "im-breach",
        new String[] {
          "incident-management",
          "Verletzungen des Schutzes personenbezogener Daten meldet der Auftragsverarbeiter dem"
              + " Auftraggeber unverzüglich, spätestens innerhalb von 24 Stunden.",
          "The processor notifies the controller of personal data breaches without undue delay and"
              + " at the latest within 24 hours."
        });
    BASE.put(
        "ds-requests",
        new String[] {
          "data-subject-support",
          "Anfragen betroffener Personen werden binnen zwei Werktagen an den Auftraggeber"
              + " weitergeleitet; der Auftragsverarbeiter unterstützt den Auftraggeber bei"
              + " Datenschutz-Folgenabschätzungen.",
          "Requests of data subjects are forwarded to the controller within two working days; the"
              + " processor supports the controller with data protection impact assessments."
        });
    BASE.put(
        "cert-audit",
        new String[] {
          "certification",
          "Der Auftraggeber kann die Maßnahmen einmal jährlich nach Ankündigung vor Ort prüfen"
              + " (Audit).",
          "The controller may audit the measures on site once a year after notice."
        });
  }

  private static final String STATEMENT =
      "{de: \"Die Maßnahmen werden jährlich geprüft. Wesentliche Änderungen der Maßnahmen werden"
          + " 30 Tage vorher angekündigt.\", en: \"The measures are reviewed every year. Material"
          + " changes of the measures are announced 30 days in advance.\"}";

  /** One case: the rule, whether it must report, what changes, and what the case shows. */
  record Case(
      String rule,
      boolean reported,
      List<String> drop,
      String category,
      String de,
      String en,
      String closing,
      String statement,
      boolean isPlanned) {
    /** The same case, with its measure planned (a planned measure promises nothing yet). */
    Case asPlanned() {
      return new Case(rule, reported, drop, category, de, en, closing, statement, true);
    }

    @Override
    public String toString() {
      return (reported ? "reports " : "clean ")
          + rule
          + ": "
          + (de != null ? de + " / " + en : closing != null ? closing : "without " + drop);
    }
  }

  private static Case measure(
      String rule, boolean reported, String category, String de, String en) {
    return new Case(rule, reported, List.of(), category, de, en, null, null, false);
  }

  /** The case's measure replaces the base measure of that id, in its category. */
  private static Case instead(
      String rule, boolean reported, String id, String category, String de, String en) {
    return new Case(rule, reported, List.of(id), category, de, en, null, null, false);
  }

  private static Case closing(String rule, boolean reported, String closing, String statement) {
    return new Case(rule, reported, List.of(), null, null, null, closing, statement, false);
  }

  static Stream<Arguments> cases() {
    List<Case> c = new ArrayList<>();
    // DUTY-001: the controller's duties, written in the processor's annex
    c.add(
        measure(
            "DUTY-001",
            true,
            "processor-control",
            "Der Auftraggeber kontrolliert die Einhaltung; Kontrolle des Auftragsverarbeiters durch"
                + " regelmäßige Prüfungen.",
            "Selection of processors based on their security guarantees."));
    c.add(
        measure(
            "DUTY-001",
            true,
            "processor-control",
            "Schriftliche Weisungen an den Auftragnehmer; Kontrollrechte gegenüber dem"
                + " Auftragnehmer.",
            "Instructions to the contractor are given in writing; control over the contractor is"
                + " ensured."));
    c.add(
        measure(
            "DUTY-001",
            false,
            "processor-control",
            "Der Auftragsverarbeiter handelt ausschließlich auf dokumentierte Weisung des"
                + " Auftraggebers; mündliche Weisungen werden schriftlich bestätigt.",
            "The processor acts only on documented instructions of the controller; oral"
                + " instructions are confirmed in writing."));
    c.add(
        measure(
            "DUTY-001",
            false,
            "processor-control",
            "Unterauftragsverarbeiter werden vor der Beauftragung geprüft; Auswahl des"
                + " Auftragnehmers nach Sicherheitskriterien.",
            "Our sub-processors are selected after a security assessment; instructions to the"
                + " contractor are documented."));
    // DUTY-002: deletion or return at the controller's choice, deadline, backups
    c.add(
        instead(
            "DUTY-002",
            true,
            "dl-end",
            "data-lifecycle",
            "Nach Vertragsende werden die Daten nach Wahl des Auftraggebers zurückgegeben oder"
                + " gelöscht.",
            "After the end of the contract the data are returned or deleted, at the choice of the"
                + " controller."));
    c.add(
        instead(
            "DUTY-002",
            true,
            "dl-end",
            "data-lifecycle",
            "Bei Kündigung werden die Kundendaten einschließlich der Backups binnen 30 Tagen"
                + " gelöscht.",
            "Upon termination, customer data are deleted within 30 days, including backups."));
    c.add(
        instead(
            "DUTY-002",
            true,
            "dl-end",
            "data-lifecycle",
            "Personenbezogene Daten werden nach Ablauf der Aufbewahrungsfrist gelöscht.",
            "Personal data are deleted when the retention period expires."));
    c.add(
        instead(
            "DUTY-002",
            false,
            "dl-end",
            "data-lifecycle",
            "Bei Beendigung des Auftrags gibt der Auftragsverarbeiter die Daten nach Weisung des"
                + " Auftraggebers heraus oder löscht sie spätestens nach vier Wochen;"
                + " Datensicherungen werden nach 30 Tagen überschrieben.",
            "On termination the customer can export its data; all data, including backups, are"
                + " deleted within 60 days."));
    // DUTY-003: notification of the controller, well within 72 hours
    c.add(
        instead(
            "DUTY-003",
            true,
            "im-breach",
            "incident-management",
            "Sicherheitsvorfälle werden dem Kunden so schnell wie möglich gemeldet.",
            "Security incidents are reported to the customer as soon as possible."));
    c.add(
        instead(
            "DUTY-003",
            true,
            "im-breach",
            "incident-management",
            "Datenschutzverletzungen werden dem Verantwortlichen binnen drei Tagen gemeldet.",
            "Data breaches are reported to the controller within three days."));
    c.add(
        instead(
            "DUTY-003",
            true,
            "im-breach",
            "incident-management",
            "Datenpannen meldet der Auftragsverarbeiter innerhalb von 72 Stunden der"
                + " Aufsichtsbehörde.",
            "Personal data breaches are reported to the supervisory authority within 72 hours."));
    c.add(new Case("DUTY-003", true, List.of("im-breach"), null, null, null, null, null, false));
    c.add(
        instead(
            "DUTY-003",
            false,
            "im-breach",
            "incident-management",
            "Der Auftraggeber wird über Verletzungen des Schutzes personenbezogener Daten"
                + " spätestens 48 Stunden nach Bekanntwerden informiert.",
            "We notify the client of any personal data breach at the latest 48 hours after we learn of it."));
    // DUTY-004: assistance with data-subject requests and with Art. 32 to 36
    c.add(
        instead(
            "DUTY-004",
            true,
            "ds-requests",
            "personnel",
            "Der Auftragsverarbeiter unterstützt den Auftraggeber bei Datenschutz-Folgenabschätzungen.",
            "The processor supports the controller with data protection impact assessments."));
    c.add(
        instead(
            "DUTY-004",
            true,
            "ds-requests",
            "personnel",
            "Auskunftsersuchen beantwortet der Auftraggeber selbst.",
            "Data subject requests are answered by the controller itself."));
    c.add(
        instead(
            "DUTY-004",
            false,
            "ds-requests",
            "personnel",
            "Der Auftragsverarbeiter unterstützt den Auftraggeber bei Anträgen betroffener Personen"
                + " und bei der vorherigen Konsultation der Aufsichtsbehörde.",
            "The processor assists the controller with data subject rights and with prior"
                + " consultations."));
    // DUTY-005: how the controller can verify
    c.add(
        instead(
            "DUTY-005",
            true,
            "cert-audit",
            "security-governance",
            "Die Maßnahmen sind in einem Sicherheitskonzept beschrieben.",
            "The measures are described in a security concept."));
    c.add(
        instead(
            "DUTY-005",
            false,
            "cert-audit",
            "security-governance",
            "Der Auftraggeber ist berechtigt, Kontrollen vor Ort durchzuführen.",
            "Our SOC 2 Type 2 report is available to customers."));
    c.add(
        instead(
                "DUTY-005",
                true,
                "cert-audit",
                "certification",
                "Eine Zertifizierung ist für 2027 geplant.",
                "A certification is planned for 2027.")
            .asPlanned());
    // DUTY-006: dynamic reference
    c.add(
        closing(
            "DUTY-006",
            true,
            "{de: \"Es gilt die jeweils gültige Version, abrufbar unter https://example.org/tom.\","
                + " en: \"This annex applies as amended from time to time.\"}",
            STATEMENT));
    c.add(
        closing(
            "DUTY-006",
            false,
            "{de: \"Änderungen dieser Anlage werden dem Auftraggeber 30 Tage vorher in Textform"
                + " mitgeteilt; die jeweils aktuelle Fassung ist unter https://example.org/tom"
                + " abrufbar.\", en: \"Changes to this annex are notified to the controller in"
                + " writing 30 days in advance; the current version of this annex is published at"
                + " https://example.org/tom.\"}",
            STATEMENT));
    // DUTY-006: a published version that prevails over the annex, a right to change at will
    c.add(
        closing(
            "DUTY-006",
            true,
            "{de: \"Maßgeblich ist die Fassung dieser Anlage vom 15.01.2026.\", en: \"The text"
                + " posted on our trust center takes precedence over this annex.\"}",
            STATEMENT));
    c.add(
        closing(
            "DUTY-006",
            true,
            "{de: \"Die unter https://example.org/tom veröffentlichte Fassung hat Vorrang vor"
                + " dieser Anlage.\", en: \"This annex binds in version 2026.1.\"}",
            STATEMENT));
    c.add(
        closing(
            "DUTY-006",
            true,
            "{de: \"Der Auftragsverarbeiter kann die Maßnahmen jederzeit anpassen.\", en: \"The"
                + " processor reserves the right to modify these measures.\"}",
            STATEMENT));
    c.add(
        closing(
            "DUTY-006",
            false,
            "{de: \"Der Auftragsverarbeiter kann die Maßnahmen jederzeit anpassen; Änderungen"
                + " werden dem Auftraggeber 30 Tage vorher in Textform mitgeteilt.\", en: \"The"
                + " processor may update these measures at any time; changes are notified to the"
                + " controller in writing 30 days in advance.\"}",
            STATEMENT));
    c.add(
        closing(
            "DUTY-006",
            false,
            "{de: \"Bei Widersprüchen hat der deutsche Text Vorrang vor der Übersetzung.\", en:"
                + " \"The German text prevails over this translation.\"}",
            STATEMENT));
    // REV-003: consent that is not needed is no change clause
    c.add(
        closing(
            "REV-003",
            true,
            "{de: \"Die Maßnahmen können ohne Zustimmung des Auftraggebers geändert werden.\","
                + " en: \"The measures may be changed without the consent of the client.\"}",
            "{de: \"Die Maßnahmen werden jährlich geprüft.\", en: \"The measures are reviewed every"
                + " year.\"}"));
    c.add(
        closing(
            "REV-003",
            false,
            "{de: \"Änderungen bedürfen der Zustimmung des Auftraggebers.\", en: \"Changes require"
                + " the client's prior approval.\"}",
            "{de: \"Die Maßnahmen werden jährlich geprüft.\", en: \"The measures are reviewed every"
                + " year.\"}"));
    // PRAC-001: remote or administrative access with a password only
    c.add(
        measure(
            "PRAC-001",
            true,
            "system-access",
            "Administratoren greifen per Remote-Zugang mit Benutzername und Kennwort auf die Server"
                + " zu.",
            "Administrators log in to the cloud console with their username and password."));
    c.add(
        measure(
            "PRAC-001",
            true,
            "system-access",
            "Die Verwaltungsoberfläche ist per Login mit Passwort erreichbar.",
            "Remote support is provided via AnyDesk, protected by a password."));
    c.add(
        measure(
            "PRAC-001",
            false,
            "system-access",
            "VPN-Zugang nur mit Zwei-Faktor-Authentifizierung (Passwort und TOTP).",
            "Privileged access requires a password and a hardware token."));
    c.add(
        measure(
            "PRAC-001",
            false,
            "system-access",
            "Fernzugriff nur mit Smartcard und PIN.",
            "Remote access uses client certificates and a password."));
    c.add(
        measure(
            "PRAC-001",
            false,
            "network-security",
            "Der VPN-Tunnel zwischen den Standorten nutzt IPsec.",
            "The site-to-site VPN uses IPsec."));
    // PRAC-001: remote access by staff or contractors, named in other words
    c.add(
        measure(
            "PRAC-001",
            true,
            "system-access",
            "Der Zugriff aus dem Homeoffice erfolgt per Remotedesktop mit Benutzername und"
                + " Kennwort.",
            "Access from home is by remote desktop with a user name and password."));
    c.add(
        measure(
            "PRAC-001",
            true,
            "system-access",
            "Externe Entwickler verbinden sich über WireGuard-VPN; die Anmeldung erfolgt mit"
                + " Passwort.",
            "Freelance developers reach the build servers over OpenVPN using their login"
                + " credentials."));
    c.add(
        measure(
            "PRAC-001",
            true,
            "system-access",
            "Die Mitarbeitenden melden sich von außen mit ihrem Passwort am Citrix-Portal an.",
            "Staff connect remotely to the file server with their username and password."));
    c.add(
        measure(
            "PRAC-001",
            false,
            "system-access",
            "Der OpenVPN-Zugang für Dienstleister erfordert ein Gerätezertifikat und ein Passwort.",
            "Remote access over OpenVPN requires a certificate and a password."));
    c.add(
        measure(
            "PRAC-001",
            false,
            "system-access",
            "Der Zugriff aus dem Homeoffice erfolgt per VPN mit Passwort und zweitem Faktor.",
            "Contractors log in to the VPN with a password and a second factor."));
    // PRAC-002: forced periodic password changes
    c.add(
        measure(
            "PRAC-002",
            true,
            "system-access",
            "Kennwörter verfallen nach 60 Tagen.",
            "Users are forced to change their passwords every three months."));
    c.add(
        measure(
            "PRAC-002",
            true,
            "system-access",
            "Benutzer müssen ihr Passwort quartalsweise ändern.",
            "Passwords expire after 90 days."));
    c.add(
        measure(
            "PRAC-002",
            false,
            "system-access",
            "Passwörter werden nur bei Hinweisen auf eine Kompromittierung geändert.",
            "Passwords are not changed periodically; a change is forced only after a suspected"
                + " compromise."));
    c.add(
        measure(
            "PRAC-002",
            false,
            "system-access",
            "Die Passwortrichtlinie wird jährlich überprüft.",
            "Service account keys are rotated every 90 days."));
    c.add(
        measure(
            "PRAC-002",
            true,
            "system-access",
            "Das Active Directory erzwingt alle 60 Tage ein neues Kennwort.",
            "Staff must rotate their passwords each quarter."));
    c.add(
        measure(
            "PRAC-002",
            false,
            "system-access",
            "Ein neues Passwort hat mindestens 12 Zeichen und wird gegen Listen kompromittierter"
                + " Passwörter geprüft; die Richtlinie wird jedes Jahr überprüft.",
            "New passwords have at least 12 characters and are checked against lists of breached"
                + " passwords; the policy is reviewed once a year."));
    // PRAC-003: redundancy as a backup
    c.add(
        measure(
            "PRAC-003",
            true,
            "availability-control",
            "Die Festplatten werden gespiegelt (RAID 1) und dienen als Datensicherung.",
            "Data backup is provided by disk mirroring (RAID 1)."));
    c.add(
        measure(
            "PRAC-003",
            false,
            "availability-control",
            "Datenbanken laufen auf einem RAID-10-Verbund; zusätzlich tägliche Datensicherung auf"
                + " Band.",
            "Backups are mirrored to a second data centre."));
    c.add(
        measure(
            "PRAC-003",
            false,
            "availability-control",
            "RAID schützt vor dem Ausfall einer Festplatte.",
            "RAID protects against disk failure; it is not a backup, backups are kept separately."));
    // PRAC-003: replication as the backup, redundancy as protection against data loss
    c.add(
        measure(
            "PRAC-003",
            true,
            "availability-control",
            "Die Datenbank wird synchron in ein zweites Rechenzentrum repliziert; die Replikation"
                + " dient als Datensicherung.",
            "Storage is replicated across two zones; this replication acts as the backup."));
    c.add(
        measure(
            "PRAC-003",
            true,
            "availability-control",
            "Der Dateiserver arbeitet mit einem RAID-6-Verbund, wodurch ein Datenverlust"
                + " ausgeschlossen ist.",
            "The file server is mirrored (RAID 1), which protects it against any data loss."));
    c.add(
        measure(
            "PRAC-003",
            false,
            "availability-control",
            "RAID 10 und eine tägliche Sicherung an einen zweiten Standort schützen vor"
                + " Datenverlust.",
            "RAID 10 and a daily backup to a second site protect against data loss."));
    c.add(
        measure(
            "PRAC-003",
            false,
            "availability-control",
            "Der RAID-1-Verbund schützt vor Datenverlust beim Ausfall einer Festplatte.",
            "RAID 1 protects against data loss from a single disk failure."));
    c.add(
        measure(
            "PRAC-003",
            false,
            "availability-control",
            "Snapshots werden stündlich in eine zweite Region repliziert und 30 Tage aufbewahrt.",
            "Hourly snapshots are replicated to a second region and retained for 30 days."));
    c.add(
        measure(
            "PRAC-003",
            false,
            "availability-control",
            "Die Datenbank wird zur Hochverfügbarkeit synchron repliziert.",
            "The database is replicated synchronously for high availability."));
    // PRAC-004: a measure that states its absence
    c.add(
        measure(
            "PRAC-004",
            true,
            "incident-management",
            "Eine Notfallübung wurde noch nicht durchgeführt.",
            "There is no disaster recovery plan yet."));
    c.add(
        measure(
            "PRAC-004",
            true,
            "logging-monitoring",
            "Derzeit keine Protokollierung der Administratortätigkeiten.",
            "Encryption of backups is not yet implemented."));
    c.add(
        measure(
            "PRAC-004",
            false,
            "data-media",
            "Auf Notebooks werden keine Kundendaten gespeichert.",
            "There is no access to production data without a ticket."));
    c.add(
        measure(
            "PRAC-004",
            false,
            "transfer-control",
            "Kundendaten verlassen nie die EU.",
            "No customer data leaves the EU."));
    c.add(
        measure(
            "PRAC-004",
            false,
            "physical-access",
            "Die Räume sind gesondert abschließbar, sodass es keinen Kontakt Unbefugter mit"
                + " personenbezogenen Daten gibt.",
            "The rooms can be locked separately, so that there is no contact with personal data."));
    // PRAC-004: what others have not done yet describes them, not the measure
    c.add(
        measure(
            "PRAC-004",
            false,
            "encryption",
            "Die alte Schnittstelle bleibt für Partner, die noch nicht umgestellt haben, bis Juni"
                + " erreichbar.",
            "The old endpoint stays available for tenants who have not yet switched to API v3."));
    c.add(
        measure(
            "PRAC-004",
            true,
            "encryption",
            "Die Verschlüsselung der Sicherungsbänder ist noch nicht eingerichtet.",
            "Encryption of the backup tapes is not yet set up."));
    // PRAC-005: evaluation of effectiveness without method, owner or interval
    c.add(
        measure(
            "PRAC-005",
            true,
            "review-evaluation",
            "Eine Überprüfung der Wirksamkeit der TOM findet statt.",
            "The effectiveness of the technical and organisational measures is evaluated"
                + " periodically."));
    c.add(
        measure(
            "PRAC-005",
            false,
            "review-evaluation",
            "Die Wirksamkeit der Maßnahmen wird im Rahmen der ISO-27001-Überwachungsaudits geprüft.",
            "An external auditor reviews the effectiveness of the measures every year."));
    c.add(
        measure(
            "PRAC-005",
            false,
            "secure-configuration",
            "Die Maßnahmen zur Härtung werden regelmäßig überprüft.",
            "Hardening measures are reviewed regularly."));
    // COV-004: a separate copy and a restore test, each worded in one language only (the other
    // language states frequency alone), so each case tests its own wording
    c.add(
        instead(
            "COV-004",
            false,
            "rec-backup",
            "recoverability",
            "Tägliche Sicherung in das Rechenzentrum des Dienstleisters in Leipzig; eine"
                + " Rücksicherung wird monatlich erprobt.",
            "Daily backups."));
    c.add(
        instead(
            "COV-004",
            false,
            "rec-backup",
            "recoverability",
            "Snapshots alle 4 Stunden.",
            "Snapshots every 4 hours are copied to a different region; a full restore is verified"
                + " each month."));
    c.add(
        instead(
            "COV-004",
            false,
            "rec-backup",
            "recoverability",
            "Tägliche Sicherung in eine andere Verfügbarkeitszone; das Zurückspielen einer"
                + " Sicherung wird vierteljährlich geübt.",
            "Daily backups."));
    c.add(
        instead(
            "COV-004",
            false,
            "rec-backup",
            "recoverability",
            "Nächtliche Sicherung.",
            "Nightly backups go to our Frankfurt data centre; restores are tested every quarter."));
    c.add(
        instead(
            "COV-004",
            true,
            "rec-backup",
            "recoverability",
            "Tägliche Sicherung auf ein NAS im selben Serverraum; die Wiederherstellung wird"
                + " vierteljährlich getestet.",
            "Daily backups to a NAS in the same server room; restores are tested every quarter."));
    c.add(
        instead(
            "COV-004",
            true,
            "rec-backup",
            "recoverability",
            "Tägliche Sicherung im Rechenzentrum; die Wiederherstellung wird vierteljährlich"
                + " getestet.",
            "Backups are copied daily to the same data centre; restores are tested every"
                + " quarter."));
    c.add(
        instead(
            "COV-004",
            true,
            "rec-backup",
            "recoverability",
            "Tägliche Sicherung an einen zweiten Standort; Rücksicherungen sind möglich.",
            "Daily backups to a second site; data can be restored."));
    return c.stream().map(Arguments::of);
  }

  private static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String catalogue(Case c) {
    StringBuilder y = new StringBuilder();
    y.append("tom: 1\n")
        .append("document:\n")
        .append(
            "  title: {de: \"Technische und organisatorische Maßnahmen nach Art. 32 DSGVO\", en:"
                + " \"Technical and organisational measures pursuant to Art. 32 GDPR\"}\n")
        .append("  version: \"2026.1\"\n")
        .append("  effective: 2026-01-15\n")
        .append("  languages: [de, en]\n")
        .append("  processor:\n")
        .append("    name: Beispiel GmbH\n")
        .append(
            "    address: {de: \"Hauptstraße 1, 10115 Berlin\", en: \"Hauptstraße 1, 10115"
                + " Berlin, Germany\"}\n")
        .append("  agreement:\n")
        .append("    reference: {de: \"AVV-2026-01\", en: \"DPA-2026-01\"}\n")
        .append("  url: https://example.org/tom\n");
    if (c.closing() != null) {
      y.append("  closing: ").append(c.closing()).append('\n');
    }
    y.append("review:\n  interval: P1Y\n  last: 2026-01-10\n  statement: ")
        .append(c.statement() != null ? c.statement() : STATEMENT)
        .append("\nlayout: gdpr-art32\nlint: {COV-007: off}\nmeasures:\n");
    for (Map.Entry<String, String[]> m : BASE.entrySet()) {
      if (c.drop().contains(m.getKey())) {
        continue;
      }
      String[] v = m.getValue();
      y.append("  - id: ").append(m.getKey()).append('\n');
      y.append("    category: ").append(v[0]).append('\n');
      y.append("    text: {de: ").append(q(v[1])).append(", en: ").append(q(v[2])).append("}\n");
    }
    if (c.de() != null) {
      y.append("  - id: case\n    category: ").append(c.category()).append('\n');
      if (c.isPlanned()) {
        y.append("    status: planned\n    due: 2027-06-30\n");
      }
      y.append("    text: {de: ")
          .append(q(c.de()))
          .append(", en: ")
          .append(q(c.en()))
          .append("}\n");
    }
    return y.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theRuleJudgesTheWording(Case c) {
    LoadResult r =
        Tom.builder()
            .clock(DiagnosticFixturesTest.clockAt(DiagnosticFixturesTest.TODAY))
            .build()
            .loadString(catalogue(c), "c.yaml");
    assertTrue(r.catalogue().isPresent(), r.diagnostics().toString());
    List<Diagnostic> found =
        r.diagnostics().stream().filter(d -> d.rule().equals(c.rule())).toList();
    assertEquals(c.reported(), !found.isEmpty(), c + "\n" + r.diagnostics());
    for (Diagnostic d : found) {
      assertEquals(Severity.WARNING, d.severity(), "a rule that judges wording warns: " + d);
    }
  }

  @Test
  void theBaseCatalogueReportsNoneOfTheseRules() {
    Case base = new Case("", false, List.of(), null, null, null, null, null, false);
    LoadResult r =
        Tom.builder()
            .clock(DiagnosticFixturesTest.clockAt(DiagnosticFixturesTest.TODAY))
            .build()
            .loadString(catalogue(base), "c.yaml");
    List<String> rules = cases().map(a -> ((Case) a.get()[0]).rule()).distinct().toList();
    assertTrue(
        r.diagnostics().stream().noneMatch(d -> rules.contains(d.rule())),
        r.diagnostics().toString());
  }
}
