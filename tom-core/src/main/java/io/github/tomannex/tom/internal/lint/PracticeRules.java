package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Text;
import java.util.List;
import java.util.Optional;

/**
 * PRAC: security practice that a reviewer knows to be weak or outdated, in the texts of the
 * implemented measures. Each rule judges wording, so none can be sure: their findings are warnings.
 */
final class PracticeRules {
  private PracticeRules() {}

  /** A finding in one language of a measure: the words it quotes. */
  private record Hit(String lang, String words) {}

  /** Reports the first language (binding first) of each implemented measure that has a hit. */
  private interface Judge {
    Optional<String> judge(String text, String lang);
  }

  private static void eachImplemented(Context ctx, Judge judge) {
    for (Measure m : ctx.catalogue.measures()) {
      if (m.status() != MeasureStatus.IMPLEMENTED) {
        continue;
      }
      Text t = m.text();
      for (String lang : DutyRules.bindingFirst(ctx, t)) {
        Optional<String> words = judge.judge(t.values().get(lang), Context.language(lang));
        if (words.isPresent()) {
          report(ctx, m, new Hit(lang, words.get()));
          break;
        }
      }
    }
  }

  private static void report(Context ctx, Measure m, Hit hit) {
    ctx.report(
        ctx.at.text(m.text(), hit.lang()),
        "the text of measure '"
            + m.id()
            + "'"
            + Context.in(hit.lang())
            + " "
            + ctx.message(hit.words()),
        ctx.hint().orElse(null));
  }

  /** PRAC-001: remote or administrative access with a password and no second factor. */
  static final class RemoteAccessWithoutMfa implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList remote = ctx.words.list("remote-admin-access");
      WordLists.WordList auth = ctx.words.list("authentication");
      WordLists.WordList mfa = ctx.words.list("mfa");
      for (Measure m : ctx.catalogue.measures()) {
        if (m.status() != MeasureStatus.IMPLEMENTED || DutyRules.any(mfa, m.text())) {
          continue;
        }
        for (String lang : DutyRules.bindingFirst(ctx, m.text())) {
          String v = m.text().values().get(lang);
          String l = Context.language(lang);
          Optional<WordLists.Found> access = Optional.empty();
          for (String s : DutyRules.sentences(v)) {
            Optional<WordLists.Found> a = remote.find(s, l);
            if (a.isPresent() && auth.matches(s, l)) {
              access = a;
              break;
            }
          }
          if (access.isPresent()) {
            report(ctx, m, new Hit(lang, "'" + access.get().text() + "'"));
            break;
          }
        }
      }
    }
  }

  /** PRAC-002: passwords must be changed at fixed intervals. */
  static final class PeriodicPasswordChange implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList password = ctx.words.list("password");
      WordLists.WordList change = ctx.words.list("password-change");
      WordLists.WordList periodic = ctx.words.list("password-periodic");
      WordLists.WordList negations = ctx.words.list("negations");
      eachImplemented(
          ctx,
          (text, lang) -> {
            for (String clause : DutyRules.clauses(text)) {
              if (!password.matches(clause, lang) || negations.matches(clause, lang)) {
                continue;
              }
              List<WordLists.Found> changes = change.findAll(clause, lang);
              for (WordLists.Found p : periodic.findAll(clause, lang)) {
                if (near(List.of(p), changes)) {
                  return Optional.of("'" + p.text() + "'");
                }
              }
            }
            return Optional.empty();
          });
    }
  }

  /** How close the interval and the change must be: "alle 90 Tage geändert", "changed every". */
  private static final int NEAR = 30;

  /** Whether a match of the one list is within {@link #NEAR} characters of one of the other. */
  private static boolean near(List<WordLists.Found> a, List<WordLists.Found> b) {
    for (WordLists.Found x : a) {
      for (WordLists.Found y : b) {
        int gap = x.end() <= y.start() ? y.start() - x.end() : x.start() - y.end();
        if (gap <= NEAR) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * PRAC-003: RAID, mirroring or replication presented as the backup ("Datensicherung durch
   * RAID-1-Spiegelung", "the replication acts as the backup"), or as protection against data loss
   * in a text that names no backup ("liegt auf einem RAID-Verbund und ist so vor Datenverlust
   * geschützt"). Redundancy copies a deletion, corruption or encryption by ransomware at once; it
   * protects against the failure of a disk, which a text may name.
   */
  static final class RedundancyAsBackup implements LintRule {
    /** The longest gap between the backup and the redundancy word that still joins them. */
    private static final int GAP = 60;

    @Override
    public void check(Context ctx) {
      WordLists.WordList redundancy = ctx.words.list("redundancy");
      WordLists.WordList backups = ctx.words.list("backups");
      WordLists.WordList means = ctx.words.list("redundancy-means");
      WordLists.WordList purpose = ctx.words.list("redundancy-purpose");
      WordLists.WordList beside = ctx.words.list("redundancy-beside-backup");
      WordLists.WordList versions = ctx.words.list("redundancy-of-versions");
      WordLists.WordList dataLoss = ctx.words.list("data-loss-protection");
      WordLists.WordList failure = ctx.words.list("redundancy-failure-scope");
      WordLists.WordList named = ctx.words.list("backup-named");
      WordLists.WordList separate = ctx.words.backupAspects().get("separate-copy");
      eachImplemented(
          ctx,
          (text, lang) -> {
            boolean namesBackup =
                backups.matches(text, lang)
                    || named.matches(text, lang)
                    || separate.matches(text, lang);
            for (String clause : DutyRules.clauses(text)) {
              if (beside.matches(clause, lang) || versions.matches(clause, lang)) {
                continue;
              }
              if (!namesBackup && !failure.matches(clause, lang)) {
                // "RAID 6 ..., wodurch ein Datenverlust ausgeschlossen ist"
                Optional<WordLists.Found> r = redundancy.find(clause, lang);
                Optional<WordLists.Found> loss = dataLoss.find(clause, lang);
                if (r.isPresent() && loss.isPresent() && r.get().start() < loss.get().start()) {
                  return Optional.of(
                      "'" + clause.substring(r.get().start(), loss.get().end()).strip() + "'");
                }
              }
              for (WordLists.Found r : redundancy.findAll(clause, lang)) {
                for (WordLists.Found b : backups.findAll(clause, lang)) {
                  if (b.end() <= r.start() && r.start() - b.end() <= GAP) {
                    // "Datensicherung durch RAID-1-Spiegelung"
                    if (means.matches(clause.substring(b.end(), r.start()), lang)) {
                      return Optional.of("'" + clause.substring(b.start(), r.end()).strip() + "'");
                    }
                  } else if (r.end() <= b.start() && b.start() - r.end() <= GAP) {
                    // "RAID and mirroring for data backup"
                    if (purpose.matches(clause.substring(r.end(), b.start()), lang)) {
                      return Optional.of("'" + clause.substring(r.start(), b.end()).strip() + "'");
                    }
                  }
                }
              }
            }
            return Optional.empty();
          });
    }
  }

  /** PRAC-004: an implemented "measure" whose text says the measure is absent. */
  static final class StatesAbsence implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList absence = ctx.words.list("absence");
      WordLists.WordList exceptions = ctx.words.list("absence-exceptions");
      eachImplemented(
          ctx,
          (text, lang) -> {
            for (String clause : DutyRules.clauses(text)) {
              Optional<WordLists.Found> a = absence.find(clause, lang);
              if (a.isPresent() && !exceptions.matches(clause, lang)) {
                return Optional.of("'" + a.get().text() + "'");
              }
            }
            return Optional.empty();
          });
    }
  }

  /**
   * PRAC-005: a measure of a category that serves Art. 32(1)(d) (taxonomy.yaml) says the
   * effectiveness is evaluated, in a sentence that names no method, owner or interval.
   */
  static final class EvaluationWithoutProcedure implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList review = ctx.words.list("effectiveness-review");
      WordLists.WordList method = ctx.words.list("evaluation-method");
      WordLists.WordList owner = ctx.words.list("evaluation-owner");
      WordLists.WordList intervals = ctx.words.list("intervals");
      for (Measure m : ctx.catalogue.measures()) {
        if (m.status() != MeasureStatus.IMPLEMENTED
            || ctx.taxonomy
                .find(m.category())
                .map(c -> !c.gdprArt32().contains("d"))
                .orElse(true)) {
          continue;
        }
        Text t = m.text();
        for (String lang : DutyRules.bindingFirst(ctx, t)) {
          String l = Context.language(lang);
          Optional<String> bare = Optional.empty();
          for (String s : DutyRules.sentences(t.values().get(lang))) {
            Optional<WordLists.Found> r = review.find(s, l);
            if (r.isPresent()
                && !method.matches(s, l)
                && !owner.matches(s, l)
                && !intervals.matches(s, l)) {
              String one = s.strip().replaceAll("\\s+", " ");
              bare =
                  Optional.of("'" + (one.length() <= 100 ? one : one.substring(0, 97) + "…") + "'");
              break;
            }
          }
          if (bare.isPresent()) {
            report(ctx, m, new Hit(lang, bare.get()));
            break;
          }
        }
      }
    }
  }
}
