package dev.lede.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * A calendar date of which only some parts may be known. The known parts must form one of the
 * shapes of {@link Precision}: day, month, year, or month-day without a year.
 */
public record PartialDate(Integer year, Integer month, Integer day) {

  public PartialDate {
    if (year == null && month == null) {
      throw new IllegalArgumentException("a partial date needs a year or a month");
    }
    if (day != null && month == null) {
      throw new IllegalArgumentException("a day needs a month: day " + day);
    }
    if (year == null && day == null) {
      throw new IllegalArgumentException("a month without a year needs a day: month " + month);
    }
    try {
      if (day != null) {
        // 29 February stays valid without a year; MonthDay knows that
        MonthDay.of(month, day);
        if (year != null) {
          LocalDate.of(year, month, day);
        }
      } else if (month != null) {
        YearMonth.of(year, month);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day, e);
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  public static PartialDate ofMonthDay(int month, int day) {
    return new PartialDate(null, month, day);
  }

  public Precision precision() {
    if (year == null) {
      return Precision.MONTH_DAY;
    }
    if (month == null) {
      return Precision.YEAR;
    }
    return day == null ? Precision.MONTH : Precision.DAY;
  }

  /** The full date, when year, month and day are all known. */
  public Optional<LocalDate> toLocalDate() {
    return precision() == Precision.DAY
        ? Optional.of(LocalDate.of(year, month, day))
        : Optional.empty();
  }

  /** ISO 8601 text: {@code 2024-11-27}, {@code 2024-11}, {@code 2024}, {@code --03-04}. */
  public String toIso() {
    return switch (precision()) {
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
      case YEAR -> String.format(Locale.ROOT, "%04d", year);
      case MONTH_DAY -> String.format(Locale.ROOT, "--%02d-%02d", month, day);
    };
  }

  /** Reads the ISO forms written by {@link #toIso()}. */
  public static PartialDate parse(String iso) {
    String s = iso.strip();
    try {
      if (s.startsWith("--") && s.length() == 7 && s.charAt(4) == '-') {
        return ofMonthDay(Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(5, 7)));
      }
      String[] parts = s.split("-", -1);
      return switch (parts.length) {
        case 1 -> ofYear(Integer.parseInt(parts[0]));
        case 2 -> ofMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        case 3 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
            Integer.parseInt(parts[2]));
        default -> throw new IllegalArgumentException("not an ISO partial date: " + iso);
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an ISO partial date: " + iso, e);
    }
  }

  @Override
  public String toString() {
    return toIso();
  }
}
