package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Review;
import io.github.tomannex.tom.Text;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** REV: the measures are reviewed regularly, and the annex says how they change. */
final class ReviewRules {
  private ReviewRules() {}

  /** REV-001: last review plus interval lies before today. */
  static final class Overdue implements LintRule {
    @Override
    public void check(Context ctx) {
      Review r = ctx.catalogue.review();
      if (!r.last().isAfter(ctx.today) && r.next().isBefore(ctx.today)) {
        long days = ChronoUnit.DAYS.between(r.next(), ctx.today);
        ctx.report(
            ctx.at.at(r, "last"),
            "the review is overdue: the last review was on "
                + r.last()
                + ", the interval "
                + r.interval()
                + " made the next one due on "
                + r.next()
                + ", "
                + days
                + (days == 1 ? " day" : " days")
                + " ago",
            "review the measures and set 'review.last' to the date of that review");
      }
    }
  }

  /** REV-002: the interval is at most one year. */
  static final class LongInterval implements LintRule {
    @Override
    public void check(Context ctx) {
      Review r = ctx.catalogue.review();
      if (r.next().isAfter(r.last().plusYears(1))) {
        ctx.report(
            ctx.at.at(r, "interval"),
            "'review.interval' is '"
                + r.interval()
                + "', longer than a year; expected P1Y or"
                + " shorter for a regular review");
      }
    }
  }

  /** REV-003: the preamble, closing or review statement governs changes of the measures. */
  static final class ChangeClause implements LintRule {
    @Override
    public void check(Context ctx) {
      Document d = ctx.catalogue.document();
      Review r = ctx.catalogue.review();
      List<Text> texts = new ArrayList<>();
      d.preamble().ifPresent(texts::add);
      d.closing().ifPresent(texts::add);
      r.statement().ifPresent(texts::add);
      WordLists.WordList clause = ctx.words.list("change-clause");
      // "ohne Zustimmung des Auftraggebers", "without the client's consent" is no change clause
      WordLists.WordList noConsent = ctx.words.list("no-consent");
      for (Text t : texts) {
        for (Map.Entry<String, String> e : t.values().entrySet()) {
          if (DutyRules.inAClauseWithout(clause, noConsent, e.getValue(), e.getKey())) {
            return;
          }
        }
      }
      ctx.report(
          ctx.at.at(r, "statement"),
          "the annex does not say how the measures may change; expected a clause in the"
              + " preamble, closing or review statement that changes keep at least an"
              + " equivalent level of protection and are announced to the controller",
          "for example: 'A measure is replaced only by one of at least equivalent protection;"
              + " material changes are announced 30 days in advance.'");
    }
  }

  /** REV-004: the last review is not in the future. */
  static final class LastInFuture implements LintRule {
    @Override
    public void check(Context ctx) {
      Review r = ctx.catalogue.review();
      if (r.last().isAfter(ctx.today)) {
        ctx.report(
            ctx.at.at(r, "last"),
            "'review.last' is "
                + r.last()
                + ", after today ("
                + ctx.today
                + "); expected the"
                + " date of a review that took place");
      }
    }
  }

  /** REV-005: the next review is due within 30 days (or half the interval, if shorter). */
  static final class DueSoon implements LintRule {
    @Override
    public void check(Context ctx) {
      Review r = ctx.catalogue.review();
      long window = Math.min(30, ChronoUnit.DAYS.between(r.last(), r.next()) / 2);
      long left = ChronoUnit.DAYS.between(ctx.today, r.next());
      if (!r.last().isAfter(ctx.today) && left >= 0 && left <= window) {
        ctx.report(
            ctx.at.at(r, "last"),
            "the next review is due on "
                + r.next()
                + ", "
                + Context.inDays(left)
                + " (last review "
                + r.last()
                + ", interval "
                + r.interval()
                + ")",
            "plan the review now");
      }
    }
  }

  /** REV-006: a planned measure is past its due date. */
  static final class PlannedPastDue implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Measure m : ctx.catalogue.measures()) {
        if (m.status() != MeasureStatus.PLANNED || m.due().isEmpty()) {
          continue;
        }
        LocalDate due = m.due().get();
        if (due.isBefore(ctx.today)) {
          ctx.report(
              ctx.at.at(m, "due"),
              "measure '"
                  + m.id()
                  + "' is planned for "
                  + due
                  + ", which has passed; expected"
                  + " status implemented, or a new due date",
              "set 'status: implemented' once it is in place, or a new 'due' and tell the"
                  + " controller");
        }
      }
    }
  }
}
