package io.github.tomannex.tom;

import io.github.tomannex.tom.internal.bind.TaxonomyReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The categories of measures, with their German and English titles and their mapping onto Art.
 * 32(1) GDPR, the German control lists, the SDM, the SCC Annex II and ISO/IEC 27001:2022 Annex A.
 * Immutable and thread-safe.
 */
public final class Taxonomy {
  private final List<Category> categories;
  private final Map<String, Category> byId = new LinkedHashMap<>();

  private Taxonomy(List<Category> categories) {
    this.categories = List.copyOf(categories);
    for (Category c : this.categories) {
      byId.put(c.id(), c);
    }
  }

  private static final class Holder {
    static final Taxonomy STANDARD = new Taxonomy(TaxonomyReader.read());
  }

  /**
   * The taxonomy that ships with tom-core, read once.
   *
   * @return the standard taxonomy
   */
  public static Taxonomy standard() {
    return Holder.STANDARD;
  }

  /**
   * All categories in their canonical order.
   *
   * @return the categories
   */
  public List<Category> categories() {
    return categories;
  }

  /**
   * The category ids in their canonical order.
   *
   * @return the ids
   */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /**
   * Looks up a category.
   *
   * @param id a category id
   * @return the category, or empty when the id is unknown
   */
  public Optional<Category> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
