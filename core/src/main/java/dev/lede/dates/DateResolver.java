package dev.lede.dates;

import dev.lede.model.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Resolves a written {@link Expr} against the publication date.
 *
 * <ul>
 *   <li>Written dates stay as written.
 *   <li>A month-day or month without a year takes the year (publication year −1, 0 or +1) that
 *       puts it nearest to the publication date; a past- or future-tense sentence restricts the
 *       choice to dates on or before, or on or after, the publication date.
 *   <li>Relative words count from the publication date.
 *   <li>With no publication year, a month-day stays partial ({@code --03-04}); a month alone and
 *       relative words cannot be resolved and give no date. {@code yesterday} against a
 *       month-day publication ({@code --03-04}) gives {@code --03-03}, unless the step crosses
 *       the end of February, where the leap year matters.
 * </ul>
 */
final class DateResolver {

  /** A resolved date and whether the publication date was needed to get it. */
  record Resolved(PartialDate value, boolean relative) {}

  private static final int LEAP = 2000;
  private static final int COMMON = 2001;

  private DateResolver() {}

  /** The date, or null when it cannot be resolved. */
  static Resolved resolve(Expr e, PartialDate pub, Tense tense) {
    Integer py = pub == null ? null : pub.year();
    try {
      return switch (e.anchor()) {
        case ABSOLUTE -> new Resolved(new PartialDate(e.year(), e.month(), e.day()), false);
        case INFER_YEAR -> {
          if (py == null) {
            yield e.day() == null ? null
                : new Resolved(PartialDate.ofMonthDay(e.month(), e.day()), false);
          }
          Integer y = inferYear(e.month(), e.day(), pub, tense);
          yield y == null ? null : new Resolved(new PartialDate(y, e.month(), e.day()), true);
        }
        case YEAR -> py == null ? null
            : new Resolved(new PartialDate(py + e.offset(), e.month(), e.day()), true);
        case MONTH -> {
          if (py == null || pub.month() == null) {
            yield null;
          }
          YearMonth ym = YearMonth.of(py, pub.month()).plusMonths(e.offset());
          yield new Resolved(PartialDate.ofMonth(ym.getYear(), ym.getMonthValue()), true);
        }
        case DAY -> day(e.offset(), pub);
        case NAMED_MONTH -> namedMonth(e, pub);
      };
    } catch (IllegalArgumentException | DateTimeException ex) {
      return null; // 29 February of a common year, say
    }
  }

  /**
   * The last date of a range. One without a year follows the first date's year, a year later if
   * it would fall before the first date ({@code 30 December – 2 January}).
   */
  static PartialDate resolveEnd(Expr end, PartialDate start, PartialDate pub, Tense tense) {
    if (end.anchor() == Expr.Anchor.INFER_YEAR && start.year() != null) {
      int y = start.year();
      boolean before = end.month() < start.month() || (end.month().equals(start.month())
          && end.day() != null && start.day() != null && end.day() < start.day());
      try {
        return new PartialDate(before ? y + 1 : y, end.month(), end.day());
      } catch (IllegalArgumentException ex) {
        return null;
      }
    }
    Resolved r = resolve(end, pub, tense);
    return r == null ? null : r.value();
  }

  private static Resolved day(int offset, PartialDate pub) {
    if (pub == null || pub.day() == null) {
      return null;
    }
    if (pub.year() != null) {
      LocalDate d = LocalDate.of(pub.year(), pub.month(), pub.day()).plusDays(offset);
      return new Resolved(PartialDate.of(d), true);
    }
    LocalDate inLeap = LocalDate.of(LEAP, pub.month(), pub.day()).plusDays(offset);
    if (pub.month() == 2 && pub.day() == 29) {
      return null;
    }
    LocalDate inCommon = LocalDate.of(COMMON, pub.month(), pub.day()).plusDays(offset);
    if (inLeap.getMonthValue() != inCommon.getMonthValue()
        || inLeap.getDayOfMonth() != inCommon.getDayOfMonth()) {
      return null;
    }
    return new Resolved(PartialDate.ofMonthDay(inLeap.getMonthValue(), inLeap.getDayOfMonth()),
        true);
  }

  private static Resolved namedMonth(Expr e, PartialDate pub) {
    if (pub == null || pub.year() == null) {
      return null;
    }
    int py = pub.year();
    int m = e.month();
    if (pub.month() == null) {
      return e.offset() == 0 ? new Resolved(PartialDate.ofMonth(py, m), true) : null;
    }
    int pm = pub.month();
    int y = switch (Integer.signum(e.offset())) {
      case -1 -> m < pm ? py : py - 1;
      case 1 -> m > pm ? py : py + 1;
      default -> py;
    };
    return new Resolved(PartialDate.ofMonth(y, m), true);
  }

  /**
   * The year among the publication year and its neighbours that puts the month (and day) nearest
   * to the publication date, on the side the tense asks for.
   */
  private static Integer inferYear(int month, Integer day, PartialDate pub, Tense tense) {
    int py = pub.year();
    if (pub.month() == null) {
      return py;
    }
    boolean byDay = day != null && pub.day() != null;
    Integer best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = py - 1; y <= py + 1; y++) {
      long signed;
      if (byDay) {
        LocalDate candidate;
        try {
          candidate = LocalDate.of(y, month, day);
        } catch (DateTimeException ex) {
          continue; // 29 February
        }
        signed = ChronoUnit.DAYS.between(LocalDate.of(py, pub.month(), pub.day()), candidate);
      } else {
        if (day != null && month == 2 && day == 29 && !java.time.Year.isLeap(y)) {
          continue;
        }
        signed = (y * 12L + month) - (py * 12L + pub.month());
      }
      if ((tense == Tense.PAST && signed > 0) || (tense == Tense.FUTURE && signed < 0)) {
        continue;
      }
      long distance = Math.abs(signed);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = y;
      }
    }
    if (best == null && tense != Tense.UNKNOWN) {
      return inferYear(month, day, pub, Tense.UNKNOWN);
    }
    return best;
  }
}
