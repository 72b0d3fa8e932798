package io.github.tomannex.tom.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The comparison behind TRANS-001 and TRANS-002, and the review frequencies of TRANS-003, on
 * correct translations (which must stay clean: a false alarm breaks every bilingual build) and on
 * translations that disagree.
 */
class TranslationRulesTest {

  private static List<TranslationRules.Difference> diff(String de, String en) {
    return TranslationRules.compare("de", de, "en", en);
  }

  @ParameterizedTest(name = "clean: {0} | {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Die Protokolle werden 12 Monate aufbewahrt. | The logs are kept for 12 months.
          Die Protokolle werden zwölf Monate aufbewahrt. | The logs are kept for twelve months.
          Die Protokolle werden 12 Monate aufbewahrt. | The logs are kept for one year.
          Die Protokolle werden ein Jahr aufbewahrt. | The logs are kept for 12 months.
          Meldung innerhalb von 24 Stunden. | Notification within one day.
          Meldung innerhalb von 24 Stunden. | Notification within 24 hours.
          Meldung innerhalb von 24 Std. | Notification within 24h.
          Meldung binnen 48 Stunden an den Auftraggeber. | The client is notified within 48 hours.
          Löschung nach 30 Tagen. | Deletion after 30 days.
          Löschung nach 90 Tagen. | Deletion after three months.
          Löschung spätestens nach einem Monat. | Deletion after 30 days at the latest.
          Sperrung nach 5 Fehlversuchen für 15 Minuten. | Locked for 15 minutes after five failed login attempts.
          Passwörter haben mindestens 12 Zeichen. | Passwords have at least twelve characters.
          Verfügbarkeit von 99,9 % im Jahresmittel. | Availability of 99.9% on annual average.
          Bis zu 1.000 Nutzer je Mandant. | Up to 1,000 users per tenant.
          Speicher von 1.500,5 GB. | Storage of 1,500.5 GB.
          Betrieb rund um die Uhr (24/7). | Operation around the clock (24/7).
          Überwachung 24/7 durch das NOC. | Monitoring 24/7 by the NOC.
          Zertifiziert nach ISO/IEC 27001:2022. | Certified to ISO/IEC 27001:2022.
          Zertifiziert nach ISO/IEC 27001:2022 durch den TÜV. | ISO/IEC 27001:2022 certificate issued by TÜV.
          Gemäß Art. 28 Abs. 3 S. 2 lit. c DSGVO. | Pursuant to Art. 28(3)(c) GDPR.
          Nach § 64 Abs. 3 Nr. 1 BDSG. | Under Section 64(3) no. 1 BDSG.
          Verschlüsselung mit TLS 1.2 oder höher. | Encryption with TLS 1.2 or higher.
          TLS 1.2 und 1.3 werden angeboten. | TLS 1.2 and TLS 1.3 are offered.
          Daten werden mit AES-256 verschlüsselt. | Data are encrypted with AES-256.
          Daten werden mit AES-256-GCM verschlüsselt. | Data are encrypted using AES 256 GCM.
          SSL 3.0 und TLS 1.0 sind deaktiviert. | SSL 3.0 and TLS 1.0 are disabled.
          Betrieb in zwei Verfügbarkeitszonen. | Operation in two availability zones.
          Betrieb in 2 Rechenzentren. | Operation in two data centres.
          Zwei-Faktor-Authentifizierung für alle Administratoren. | Two-factor authentication for all administrators.
          Zwei-Faktor-Authentifizierung (2FA) für Administratoren. | 2FA for administrators.
          Vier-Augen-Prinzip bei Freigaben. | Four-eyes principle for approvals.
          Aktenvernichtung nach DIN 66399, Sicherheitsstufe 4. | Shredding per DIN 66399, security level 4.
          Aktenvernichtung nach DIN 66399 (P-4). | Shredding per DIN 66399 (P-4).
          Gültig seit dem 01.01.2026. | Valid since 1 January 2026.
          Gültig seit dem 1. Januar 2026. | Valid since January 1, 2026.
          Gültig seit 2026-01-01. | Valid since 1 January 2026.
          Stand: Januar 2026. | As of January 2026.
          Empfang besetzt von 8:00 bis 18:00 Uhr. | Reception staffed from 8 a.m. to 6 p.m.
          Empfang besetzt von 8 bis 18 Uhr. | Reception staffed from 8:00 to 18:00.
          Backups werden täglich erstellt und 30 Tage aufbewahrt. | Backups are made daily and kept for 30 days.
          Backups werden täglich erstellt. | Daily backups are made.
          Die Maßnahmen werden jährlich überprüft. | The measures are reviewed annually.
          Die Maßnahmen werden mindestens einmal jährlich überprüft. | The measures are reviewed at least once a year.
          Die Maßnahmen werden halbjährlich überprüft. | The measures are reviewed every six months.
          Die Maßnahmen werden halbjährlich überprüft. | The measures are reviewed twice a year.
          Zugriffsrechte werden quartalsweise geprüft. | Access rights are reviewed quarterly.
          Zugriffsrechte werden vierteljährlich geprüft. | Access rights are reviewed every three months.
          Patches werden monatlich eingespielt. | Patches are applied monthly.
          Schulungen finden alle zwei Jahre statt. | Training takes place every two years.
          Penetrationstests alle 12 Monate. | Penetration tests annually.
          Die erste Kopie liegt im RZ, die zweite extern. | The first copy is in the data centre, the second off-site.
          Drei Kopien auf zwei Medien, eine davon extern (3-2-1). | Three copies on two media, one of them off-site (3-2-1).
          Kontakt: +49 30 1234567. | Contact: +49 30 1234567.
          Siehe https://example.org/tom/v2?id=123. | See https://example.org/tom/v2?id=123.
          Ein Administrator pro Team. | One administrator per team.
          Ein Administrator pro Team. | An administrator per team.
          Eine Stunde nach Feststellung. | One hour after detection.
          Innerhalb eines Werktages. | Within one business day.
          Innerhalb von 3 Werktagen. | Within 3 working days.
          Version 2025.1 der Anlage. | Version 2025.1 of the annex.
          RSA-Schlüssel mit 4096 Bit. | RSA keys with 4096 bits.
          Schlüssellänge 256 Bit. | Key length 256-bit.
          Die Anlage gilt ab dem 15.01.2026 für 2 Jahre. | The annex applies from 15 January 2026 for two years.
          Einmal pro Quartal wird ein Restore getestet. | A restore is tested once per quarter.
          Ein halbes Jahr Aufbewahrung. | Retention of six months.
          SOC 2 Typ 2 Bericht. | SOC 2 Type 2 report.
          BSI C5:2020 Testat. | BSI C5:2020 attestation.
          NIST SP 800-63B wird befolgt. | NIST SP 800-63B is followed.
          Kapitel 4.2 des Sicherheitskonzepts. | Section 4.2 of the security concept.
          TOTP nach RFC 6238 (HMAC-SHA-1). | TOTP per RFC 6238 (HMAC-SHA-1).
          WPA3 im Büro-WLAN, WPA2 abgeschaltet. | WPA3 in the office Wi-Fi, WPA2 switched off.
          Verhältnis Admins zu Nutzern: 1 zu 50. | Ratio of admins to users: 1 to 50.
          Zutritt für Besucher nur mit Begleitung; 2 am Standort. | Visitors only accompanied; two on site.
          Aufbewahrung 10 Jahre gemäß § 147 AO. | Kept for ten years under Section 147 AO.
          Löschung binnen 14 Tagen. | Deletion within two weeks.
          Meldung binnen 72 Stunden. | Notification within three days.
          RPO 24 h, RTO 4 h. | RPO 24 hours, RTO 4 hours.
          Mindestens 3 Generationen, 3-2-1-Regel. | At least three generations, 3-2-1 rule.
          Aktenvernichtung Stufe 3 von 7 nach DIN 66399. | Shredding at level 3 of 7 per DIN 66399.
          Verfügbarkeit 100 %. | Availability 100%.
          Speicher von 1 TB je Mandant. | Storage of 1,000 GB per tenant.
          Support Mo–Fr 9–17 Uhr. | Support Mon–Fri 9 a.m.–5 p.m.
          Die Hotline ist von 8:30 bis 17:00 Uhr besetzt. | The hotline is staffed from 8.30 a.m. to 5 p.m.
          Zutritt werktags von 6.30 bis 20.00 Uhr. | Entry on working days from 6:30 to 20:00.
          Das Wartungsfenster beginnt sonntags um 22.00 Uhr. | The maintenance window starts on Sundays at 10 p.m.
          Empfang besetzt von 07:30 bis 16:30 Uhr. | Reception staffed from 7.30 am to 4.30 pm.
          Datensicherung täglich um 23.15 Uhr. | Backup every day at 11.15 p.m.
          Einmal im Jahr findet ein Audit statt. | An audit takes place once a year.
          Die Anlage gilt ab dem 1. Januar 2026. | The annex applies from 1 January 2026.
          Die Sitzung endet nach 1,5 Stunden Inaktivität. | The session ends after 1.5 hours of inactivity.
          Bis zu 1.000 Stunden Archiv. | Up to 1,000 hours of archive.
          Das Konto wird nach 90 Tagen ohne Anmeldung deaktiviert. | The account is disabled after 90 days without login.
          IPv6 und HTTP/2 werden unterstützt. | IPv6 and HTTP/2 are supported.
          Mobilgeräte mit 5G und iOS 17. | Mobile devices with 5G and iOS 17.
          Verschlüsselung nach BSI TR-02102-2. | Encryption per BSI TR-02102-2.
          Gemäß Durchführungsbeschluss (EU) 2021/915. | Under Implementing Decision (EU) 2021/915.
          Siehe Anhang II Nr. 6 der SCC. | See Annex II item 6 of the SCC.
          Die Maßnahmen aus Abschnitt 3 gelten auch hier. | The measures of section 3 also apply here.
          """)
  void correctTranslationsStayClean(String de, String en) {
    assertEquals(List.of(), diff(de.strip(), en.strip()));
  }

  @ParameterizedTest(name = "certain: {0} | {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Die Protokolle werden 12 Monate aufbewahrt. | The logs are kept for 6 months. | 6 months
          Die Protokolle werden zwölf Monate aufbewahrt. | The logs are kept for six months. | six months
          Meldung innerhalb von 24 Stunden. | Notification within 48 hours. | 48 hours
          Verschlüsselung mit TLS 1.2. | Encryption with TLS 1.3. | TLS 1.3
          Daten werden mit AES-256 verschlüsselt. | Data are encrypted with AES-128. | AES-128
          Passwörter haben mindestens 12 Zeichen. | Passwords have at least 8 characters. | 8 characters
          Verfügbarkeit von 99,9 %. | Availability of 99.5%. | 99.5%
          Die Maßnahmen werden halbjährlich überprüft. | The measures are reviewed every two years. | every two years
          Backups werden täglich erstellt. | Backups are made weekly. | weekly
          Sperrung nach 5 Fehlversuchen. | Locked after 3 failed attempts. | 3 failed attempts
          Gültig seit dem 01.01.2026. | Valid since 1 February 2026. | 1 February 2026
          Die Hotline ist ab 8:30 Uhr besetzt. | The hotline is staffed from 9.30 a.m. | 9.30 a.m.
          """)
  void disagreementsAreCertain(String de, String en, String shown) {
    List<TranslationRules.Difference> d = diff(de.strip(), en.strip());
    assertEquals(1, d.size(), d.toString());
    assertTrue(d.get(0).certain(), d.toString());
    assertEquals(shown.strip(), d.get(0).inTranslation().shown());
  }

  @ParameterizedTest(name = "uncertain: {0} | {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Sperrung nach 3 Fehlversuchen für 15 Minuten. | Accounts are locked after failed attempts.
          Die Protokolle werden 12 Monate aufbewahrt. | The logs are kept.
          Backups werden 30 Tage und 12 Monate aufbewahrt. | Backups are kept for 30 days and 6 months and 1 year.
          Es gibt 3 Rechenzentren. | There are 4 data centres.
          Verschlüsselung mit TLS 1.2. | Encryption with TLS.
          """)
  void unpairedValuesAreUncertain(String de, String en) {
    List<TranslationRules.Difference> d = diff(de.strip(), en.strip());
    assertFalse(d.isEmpty());
    assertTrue(d.stream().noneMatch(TranslationRules.Difference::certain), d.toString());
  }

  @ParameterizedTest(name = "review {0} vs {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          P1Y | de | Die Maßnahmen werden jährlich überprüft.
          P1Y | de | Die Maßnahmen werden jährlich sowie anlassbezogen überprüft.
          P1Y | en | The measures are reviewed annually and after significant changes.
          P12M | en | The measures are reviewed every 12 months.
          P6M | de | Die Maßnahmen werden mindestens jährlich überprüft.
          P6M | de | Die Maßnahmen werden halbjährlich evaluiert.
          P3M | en | The measures are reviewed quarterly.
          P1Y | de | Die Maßnahmen werden jährlich überprüft; Backups werden täglich getestet.
          P1Y | en | The measures are reviewed at least once a year or more often if needed.
          P1Y | en | The measures are reviewed regularly.
          P2Y | de | Die Maßnahmen werden alle zwei Jahre überprüft.
          P1Y | en | The officer reviews the measures once a year and evaluates them on the basis of the quarterly restore tests.
          P1Y | de | Die Maßnahmen werden jährlich überprüft, gestützt auf die monatlichen Schwachstellenscans.
          """)
  void reviewStatementsThatAgree(String interval, String lang, String text) {
    assertEquals(
        Optional.empty(),
        TranslationRules.contradiction(
            text.strip(),
            lang.strip(),
            TranslationRules.interval(Period.parse(interval.strip())),
            false));
  }

  @ParameterizedTest(name = "review {0} vs {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          P1Y | de | Die Maßnahmen werden halbjährlich überprüft. | halbjährlich
          P1Y | en | The measures are reviewed every two years. | every two years
          P6M | de | Die Maßnahmen werden jährlich überprüft. | jährlich
          P2Y | en | The measures are reviewed at least annually. | annually
          P1Y | en | The measures are reviewed quarterly. | quarterly
          P1Y | de | Die TOM werden monatlich evaluiert. | monatlich
          """)
  void reviewStatementsThatContradict(String interval, String lang, String text, String shown) {
    Optional<Quantities.Value> v =
        TranslationRules.contradiction(
            text.strip(),
            lang.strip(),
            TranslationRules.interval(Period.parse(interval.strip())),
            false);
    assertTrue(v.isPresent());
    assertEquals(shown.strip(), v.get().shown());
  }

  @ParameterizedTest(name = "a measure text: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Penetrationstests werden halbjährlich durchgeführt und ausgewertet.
          Externe Audits prüfen jährlich die Rechenzentren.
          """)
  void aMeasureTextNeedsTheMeasuresAsObject(String text) {
    assertEquals(
        Optional.empty(),
        TranslationRules.contradiction(
            text.strip(), "de", TranslationRules.interval(Period.parse("P2Y")), true));
  }
}
