package io.github.tomannex.tom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A category of measures and how it maps onto the legal and normative frameworks. The data ships
 * with tom-core; see {@link Taxonomy#standard()}.
 *
 * @param id the stable id, for example {@code physical-access}
 * @param titles the title per language ({@code de}, {@code en})
 * @param gdprArt32 the points of Art. 32(1) GDPR it serves ({@code a}…{@code d}), or other articles
 *     it rests on, for example {@code Art. 25}
 * @param bdsgAnnex9 the numbers in the repealed Anlage zu § 9 BDSG (old German control list)
 * @param bdsg64 the numbers in § 64(3) BDSG 2018
 * @param germanControl the name of the classic German control, for example {@code
 *     Zutrittskontrolle}, if there is one
 * @param sdmGoals the protection goals of the Standard-Datenschutzmodell (codes such as {@code VT})
 * @param sdmModules the SDM reference modules (Bausteine), such as {@code 43}
 * @param sccAnnexII the numbers of the example headings in Annex II of the EU SCC (2021/914)
 * @param iso27001 the ISO/IEC 27001:2022 Annex A controls
 */
public record Category(
    String id,
    Map<String, String> titles,
    List<String> gdprArt32,
    List<String> bdsgAnnex9,
    List<String> bdsg64,
    Optional<String> germanControl,
    List<String> sdmGoals,
    List<String> sdmModules,
    List<Integer> sccAnnexII,
    List<String> iso27001) {

  /**
   * Checks the components and copies the collections.
   *
   * @param id see {@link #id()}
   * @param titles see {@link #titles()}
   * @param gdprArt32 see {@link #gdprArt32()}
   * @param bdsgAnnex9 see {@link #bdsgAnnex9()}
   * @param bdsg64 see {@link #bdsg64()}
   * @param germanControl see {@link #germanControl()}
   * @param sdmGoals see {@link #sdmGoals()}
   * @param sdmModules see {@link #sdmModules()}
   * @param sccAnnexII see {@link #sccAnnexII()}
   * @param iso27001 see {@link #iso27001()}
   */
  public Category {
    Objects.requireNonNull(id, "id");
    titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
    gdprArt32 = List.copyOf(gdprArt32);
    bdsgAnnex9 = List.copyOf(bdsgAnnex9);
    bdsg64 = List.copyOf(bdsg64);
    Objects.requireNonNull(germanControl, "germanControl");
    sdmGoals = List.copyOf(sdmGoals);
    sdmModules = List.copyOf(sdmModules);
    sccAnnexII = List.copyOf(sccAnnexII);
    iso27001 = List.copyOf(iso27001);
  }

  /**
   * The title in a language, falling back to English.
   *
   * @param language a language code
   * @return the title
   */
  public String title(String language) {
    String t = titles.get(language);
    return t != null ? t : titles.getOrDefault("en", id);
  }
}
