package io.github.tomannex.tom.internal.render;

import java.time.LocalDate;

/** Dates as a reader of each language expects them; no locale data, so no surprises. */
final class Dates {
  private static final String[] EN_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private Dates() {}

  static String format(LocalDate date, String language) {
    String lang = language.length() >= 2 ? language.substring(0, 2) : language;
    return switch (lang) {
      case "de" -> String.format(java.util.Locale.ROOT, "%02d.%02d.%04d",
          date.getDayOfMonth(), date.getMonthValue(), date.getYear());
      case "en" -> date.getDayOfMonth() + " " + EN_MONTHS[date.getMonthValue() - 1] + " "
          + date.getYear();
      default -> date.toString();
    };
  }
}
