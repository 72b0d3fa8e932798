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
}
