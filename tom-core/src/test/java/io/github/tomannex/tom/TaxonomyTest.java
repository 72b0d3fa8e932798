package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
  private static final List<String> CONTRACT_IDS =
      List.of(
          "purpose-separation",
          "pseudonymisation",
          "encryption",
          "physical-access",
          "system-access",
          "data-access",
          "data-media",
          "transfer-control",
          "input-control",
          "logging-monitoring",
          "network-security",
          "secure-configuration",
          "secure-development",
          "personnel",
          "processor-control",
          "availability-control",
          "resilience",
          "recoverability",
          "incident-management",
          "data-quality",
          "data-lifecycle",
          "privacy-by-default",
          "data-subject-support",
          "security-governance",
          "certification",
          "review-evaluation");

  @Test
  void hasExactlyTheCategoriesOfTheFormatContractInOrder() {
    assertEquals(CONTRACT_IDS, Taxonomy.standard().ids());
  }

  @Test
  void everyCategoryHasGermanAndEnglishTitlesAndAMapping() {
    for (Category c : Taxonomy.standard().categories()) {
      assertFalse(c.titles().getOrDefault("de", "").isBlank(), c.id() + " de");
      assertFalse(c.titles().getOrDefault("en", "").isBlank(), c.id() + " en");
      assertFalse(c.gdprArt32().isEmpty(), c.id() + " art32");
      assertFalse(c.sdmGoals().isEmpty(), c.id() + " sdm");
      assertFalse(c.sccAnnexII().isEmpty(), c.id() + " scc");
      assertFalse(c.iso27001().isEmpty(), c.id() + " iso");
      for (int scc : c.sccAnnexII()) {
        assertTrue(scc >= 1 && scc <= 17, c.id() + " scc " + scc);
      }
      for (String goal : c.sdmGoals()) {
        assertTrue(List.of("DM", "VF", "IN", "VT", "NV", "TR", "IV").contains(goal), goal);
      }
      for (String iso : c.iso27001()) {
        assertTrue(iso.matches("[5-8]\\.\\d{1,2}"), c.id() + " iso " + iso);
      }
    }
  }

  @Test
  void everyPointOfArticle32IsServedByACategory() {
    for (String point : List.of("a", "b", "c", "d")) {
      assertTrue(
          Taxonomy.standard().categories().stream().anyMatch(c -> c.gdprArt32().contains(point)),
          point);
    }
  }

  @Test
  void looksUpByIdAndFallsBackToEnglishTitles() {
    Category c = Taxonomy.standard().find("physical-access").orElseThrow();
    assertEquals("Zutrittskontrolle", c.title("de"));
    assertEquals("Physical access control", c.title("fr"));
    assertEquals("Zutrittskontrolle", c.germanControl().orElseThrow());
    assertTrue(Taxonomy.standard().find("nope").isEmpty());
  }

  private static Category category(String id) {
    return Taxonomy.standard().find(id).orElseThrow();
  }

  @Test
  void onlyMeasuresThatRestoreDataServeArticle32_1c() {
    // Art. 32(1)(c): restoring availability and access after an incident (backup, recovery)
    for (Category c : Taxonomy.standard().categories()) {
      assertEquals(
          c.id().equals("recoverability"), c.gdprArt32().contains("c"), c.id() + " and (c)");
    }
  }

  @Test
  void incidentManagementIsBreachHandlingAndNotificationNotRestoration() {
    Category c = category("incident-management");
    assertEquals(List.of("b", "d", "Art. 33(2)", "Art. 28(3)(f)"), c.gdprArt32());
    // where the eu-scc-annex-ii layout's numbered items place it: item 11 (security management)
    assertEquals(List.of(11), c.sccAnnexII());
  }

  @Test
  void loggingAndGovernanceAloneDoNotEvaluateTheMeasures() {
    assertEquals(List.of("b"), category("logging-monitoring").gdprArt32());
    assertEquals(List.of("b"), category("security-governance").gdprArt32());
    assertTrue(category("review-evaluation").gdprArt32().contains("d"));
  }

  @Test
  void certificatesAreEvidenceUnderArticle28NotArticle32_3() {
    // Art. 32(3) covers only approved codes of conduct (Art. 40) and certifications (Art. 42)
    Category c = category("certification");
    assertEquals(List.of("Art. 28(1)", "Art. 28(3)(h)"), c.gdprArt32());
    for (Category other : Taxonomy.standard().categories()) {
      assertFalse(
          other.gdprArt32().stream().anyMatch(a -> a.contains("32(3)")), other.id() + " 32(3)");
    }
  }

  @Test
  void theProcessorsDutiesOfArticle28AreMapped() {
    assertTrue(category("data-lifecycle").gdprArt32().contains("Art. 28(3)(g)"));
    assertTrue(category("personnel").gdprArt32().containsAll(List.of("Art. 28(3)(b)", "Art. 29")));
    assertTrue(category("data-subject-support").gdprArt32().contains("Art. 28(3)(e)"));
    // Art. 25 binds the controller; the processor's defaults are guarantees under Art. 28(1)
    assertEquals(List.of("Art. 25", "Art. 28(1)"), category("privacy-by-default").gdprArt32());
  }

  @Test
  void sccItemsFollowTheWordingOfAnnexII() {
    // purpose limitation is not data minimisation (item 13)
    assertFalse(category("purpose-separation").sccAnnexII().contains(13));
    // encryption protects data in transmission (6) and in storage (7)
    assertTrue(category("encryption").sccAnnexII().containsAll(List.of(1, 6, 7)));
  }

  @Test
  void everyOtherProvisionIsWrittenInFull() {
    for (Category c : Taxonomy.standard().categories()) {
      for (String a : c.gdprArt32()) {
        assertTrue(a.matches("[a-d]|Art\\. \\d+(\\(\\d+\\))?(\\([a-z]\\))?"), c.id() + " " + a);
      }
    }
  }
}
