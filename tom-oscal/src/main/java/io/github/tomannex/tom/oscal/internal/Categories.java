package io.github.tomannex.tom.oscal.internal;

import io.github.tomannex.tom.Category;
import io.github.tomannex.tom.Taxonomy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tom category of an OSCAL control, for the catalogues tom knows: NIST SP 800-53 (by family and
 * control), ISO/IEC 27001:2022 Annex A (through tom's taxonomy, read backwards), the SDM TOM
 * catalogue and the SDM v3 catalogue of open-gov-group, and BSI's Grundschutz++ kernel. A control
 * of another catalogue gets {@link #FALLBACK}, marked in the skeleton for the processor to check.
 * docs/oscal.md lists the choices.
 */
public final class Categories {
  /** The category of a control no table knows: the processor corrects it. */
  public static final String FALLBACK = "security-governance";

  /** Top-level groups (lower case): families of SP 800-53, BSI's practices, SDM goals. */
  static final Map<String, String> GROUPS =
      Map.ofEntries(
          // NIST SP 800-53 Rev. 5 families
          Map.entry("ac", "data-access"), // Access Control: authorisation, enforcement
          Map.entry("at", "personnel"), // Awareness and Training
          Map.entry("au", "logging-monitoring"), // Audit and Accountability
          Map.entry("ca", "review-evaluation"), // Assessment, Authorization, and Monitoring
          Map.entry("cm", "secure-configuration"), // Configuration Management
          Map.entry("cp", "recoverability"), // Contingency Planning
          Map.entry("ia", "system-access"), // Identification and Authentication
          Map.entry("ir", "incident-management"), // Incident Response
          Map.entry("ma", "secure-configuration"), // Maintenance of systems and their tools
          Map.entry("mp", "data-media"), // Media Protection
          Map.entry("pe", "physical-access"), // Physical and Environmental Protection
          Map.entry("pl", "security-governance"), // Planning
          Map.entry("pm", "security-governance"), // Program Management
          Map.entry("ps", "personnel"), // Personnel Security
          Map.entry("pt", "purpose-separation"), // PII Processing and Transparency
          Map.entry("ra", "security-governance"), // Risk Assessment
          Map.entry("sa", "secure-development"), // System and Services Acquisition
          Map.entry("sc", "network-security"), // System and Communications Protection
          Map.entry("si", "secure-configuration"), // System and Information Integrity
          Map.entry("sr", "processor-control"), // Supply Chain Risk Management
          // ISO/IEC 27001:2022 Annex A themes, for a control the taxonomy does not map
          Map.entry("a5", "security-governance"), // Organizational controls
          Map.entry("a6", "personnel"), // People controls
          Map.entry("a7", "physical-access"), // Physical controls
          Map.entry("a8", "secure-configuration"), // Technological controls
          // BSI Grundschutz++ kernel (Stand-der-Technik-Bibliothek) practices
          Map.entry("asst", "data-media"), // Informationen und Assets
          Map.entry("pers", "personnel"), // Personal
          Map.entry("bes", "processor-control"), // Beschaffungsmanagement
          Map.entry("dls", "processor-control"), // Dienstleistersteuerung
          Map.entry("test", "secure-development"), // Änderungen und Tests
          Map.entry("geb", "physical-access"), // Gebäudemanagement
          Map.entry("sens", "personnel"), // Sensibilisierung
          Map.entry("arch", "network-security"), // Architektur
          Map.entry("ber", "data-access"), // Berechtigung
          Map.entry("not", "recoverability"), // Notfallplanung
          Map.entry("det", "logging-monitoring"), // Detektion
          Map.entry("rea", "incident-management"), // Sicherheitsvorfallsbehandlung
          Map.entry("konf", "secure-configuration"), // Konfiguration
          Map.entry("dev", "secure-development"), // Entwicklung
          // SDM v3 (Standard-Datenschutzmodell) protection goals
          Map.entry("g-tp", "data-subject-support"), // Transparenz
          Map.entry("g-nn", "purpose-separation"), // Nichtverkettung
          Map.entry("g-dm", "privacy-by-default"), // Datenminimierung
          Map.entry("g-vf", "availability-control"), // Verfügbarkeit
          Map.entry("g-ig", "input-control"), // Integrität
          Map.entry("g-vt", "data-access"), // Vertraulichkeit
          Map.entry("g-iv", "data-subject-support")); // Intervenierbarkeit

  /** Controls (lower case) whose category differs from their group's; nested ones follow them. */
  static final Map<String, String> CONTROLS =
      Map.ofEntries(
          // SP 800-53 AC: logging on, sessions and remote or mobile access are system access;
          // the permissions once logged on (AC-3, AC-5, AC-6 ...) stay data access
          Map.entry("ac-2", "system-access"), // Account Management
          Map.entry("ac-7", "system-access"), // Unsuccessful Logon Attempts
          Map.entry("ac-8", "system-access"), // System Use Notification
          Map.entry("ac-9", "system-access"), // Previous Logon Notification
          Map.entry("ac-10", "system-access"), // Concurrent Session Control
          Map.entry("ac-11", "system-access"), // Device Lock
          Map.entry("ac-12", "system-access"), // Session Termination
          Map.entry("ac-14", "system-access"), // Permitted Actions without Identification
          Map.entry("ac-17", "system-access"), // Remote Access
          Map.entry("ac-18", "system-access"), // Wireless Access
          Map.entry("ac-19", "system-access"), // Access Control for Mobile Devices
          Map.entry("ac-4", "transfer-control"), // Information Flow Enforcement
          Map.entry("ac-20", "transfer-control"), // Use of External Systems
          Map.entry("ac-21", "transfer-control"), // Information Sharing
          // CP: plans, alternate sites and services keep systems available; backup and
          // recovery (the family's default) restore them
          Map.entry("cp-2", "availability-control"), // Contingency Plan
          Map.entry("cp-6", "availability-control"), // Alternate Storage Site
          Map.entry("cp-7", "availability-control"), // Alternate Processing Site
          Map.entry("cp-8", "availability-control"), // Telecommunications Services
          Map.entry("cp-11", "resilience"), // Alternate Communications Protocols
          Map.entry("cp-13", "resilience"), // Alternative Security Mechanisms
          // PE: power, fire, water and climate protect availability, not entry
          Map.entry("pe-9", "availability-control"), // Power Equipment and Cabling
          Map.entry("pe-10", "availability-control"), // Emergency Shutoff
          Map.entry("pe-11", "availability-control"), // Emergency Power
          Map.entry("pe-12", "availability-control"), // Emergency Lighting
          Map.entry("pe-13", "availability-control"), // Fire Protection
          Map.entry("pe-14", "availability-control"), // Environmental Controls
          Map.entry("pe-15", "availability-control"), // Water Damage Protection
          Map.entry("pe-17", "availability-control"), // Alternate Work Site
          Map.entry("pe-18", "availability-control"), // Location of System Components
          Map.entry("pe-23", "availability-control"), // Facility Location
          // PT: consent, notices and the data subject's side
          Map.entry("pt-4", "data-subject-support"), // Consent
          Map.entry("pt-5", "data-subject-support"), // Privacy Notice
          Map.entry("pt-7", "privacy-by-default"), // Specific Categories of PII
          // RA: testing and evaluating
          Map.entry("ra-5", "review-evaluation"), // Vulnerability Monitoring and Scanning
          Map.entry("ra-10", "incident-management"), // Threat Hunting
          // SA: services by others are processor control
          Map.entry("sa-4", "processor-control"), // Acquisition Process
          Map.entry("sa-9", "processor-control"), // External System Services
          Map.entry("sa-8", "privacy-by-default"), // Security and Privacy Engineering Principles
          // SC: cryptography, transmission and isolation
          Map.entry("sc-2", "purpose-separation"), // Separation of System and User Functionality
          Map.entry("sc-4", "purpose-separation"), // Information in Shared System Resources
          Map.entry("sc-5", "resilience"), // Denial-of-service Protection
          Map.entry("sc-6", "resilience"), // Resource Availability
          Map.entry("sc-8", "transfer-control"), // Transmission Confidentiality and Integrity
          Map.entry("sc-12", "encryption"), // Cryptographic Key Establishment and Management
          Map.entry("sc-13", "encryption"), // Cryptographic Protection
          Map.entry("sc-24", "resilience"), // Fail in Known State
          Map.entry("sc-28", "encryption"), // Protection of Information at Rest
          Map.entry("sc-36", "resilience"), // Distributed Processing and Storage
          Map.entry("sc-39", "purpose-separation"), // Process Isolation
          // SI: monitoring, input, data quality and retention
          Map.entry("si-4", "logging-monitoring"), // System Monitoring
          Map.entry("si-10", "input-control"), // Information Input Validation
          Map.entry("si-12", "data-lifecycle"), // Information Management and Retention
          Map.entry("si-13", "resilience"), // Predictable Failure Prevention
          Map.entry("si-17", "resilience"), // Fail-safe Procedures
          Map.entry("si-18", "data-quality"), // PII Quality Operations
          Map.entry("si-19", "pseudonymisation"), // De-identification
          // SDM TOM catalogue (open-gov-group): the category each control is about; the export
          // maps back through Export.SDM_TOM
          Map.entry("sdm-tom-ac-01", "data-access"), // Zugriffs- und Berechtigungsmanagement
          Map.entry("sdm-tom-cr-01", "encryption"), // Verschlüsselung
          Map.entry("sdm-tom-cr-02", "encryption"), // Schlüssel- und Geheimnis-Management
          Map.entry("sdm-tom-lg-01", "logging-monitoring"), // Logging und Monitoring
          Map.entry("sdm-tom-lg-02", "input-control"), // Protokollierung und Auswertung
          Map.entry("sdm-tom-del-01", "data-lifecycle"), // Lösch- und Vernichtungsprozesse
          Map.entry("sdm-tom-lc-01", "data-lifecycle"), // Lösch- und Aufbewahrungskonzept
          Map.entry("sdm-tom-res-01", "data-subject-support"), // Einschränkung der Verarbeitung
          Map.entry("sdm-tom-sep-01", "purpose-separation"), // Trennung von Verarbeitungen
          Map.entry("sdm-tom-rec-01", "data-quality"), // Berichtigung
          Map.entry("sdm-tom-br-01", "recoverability"), // Backup und Wiederherstellung
          Map.entry("sdm-tom-dm-01", "privacy-by-default")); // Datenminimierung

  private static final Pattern ANNEX_A = Pattern.compile("(?:a\\.?)?([5-8]\\.\\d{1,2})");

  private final Map<String, String> iso = new HashMap<>();

  /** The tables, with tom's taxonomy read backwards for ISO/IEC 27001 Annex A. */
  public Categories() {
    for (Category c : Taxonomy.standard().categories()) {
      for (String control : c.iso27001()) {
        iso.putIfAbsent(control, c.id()); // the first category that names the control
      }
    }
  }

  /**
   * The category of a control by its own id.
   *
   * @param controlId the OSCAL control id
   * @return the category, or empty when no table knows the control
   */
  public Optional<String> ofControl(String controlId) {
    String id = controlId.toLowerCase(Locale.ROOT);
    String c = CONTROLS.get(id);
    if (c != null) {
      return Optional.of(c);
    }
    Matcher m = ANNEX_A.matcher(id);
    return m.matches() ? Optional.ofNullable(iso.get(m.group(1))) : Optional.empty();
  }

  /**
   * The category of a top-level group.
   *
   * @param groupId the OSCAL group id
   * @return the category, or empty when no table knows the group
   */
  public Optional<String> ofGroup(String groupId) {
    return Optional.ofNullable(GROUPS.get(groupId.toLowerCase(Locale.ROOT)));
  }
}
