package dev.lede.dates;

/**
 * A date expression as written, before resolution against the publication date.
 *
 * @param anchor how the expression relates to the publication date
 * @param year the written year (ABSOLUTE only), else null
 * @param month the written month, or null
 * @param day the written day, or null
 * @param offset years (YEAR), months (MONTH), days (DAY) or direction (NAMED_MONTH: -1 last,
 *     0 this, +1 next) from the publication date
 */
record Expr(Anchor anchor, Integer year, Integer month, Integer day, int offset) {

  enum Anchor {
    /** Everything is written ({@code 27 November 2024}, {@code 2023}). */
    ABSOLUTE,
    /** A month or month-day without a year ({@code March 4}, {@code in October}). */
    INFER_YEAR,
    /** A year counted from the publication year, maybe with a month ({@code July of this year}). */
    YEAR,
    /** A month counted from the publication month ({@code last month}). */
    MONTH,
    /** A day counted from the publication day ({@code yesterday}). */
    DAY,
    /** A named month before, in or after the publication year ({@code last July}). */
    NAMED_MONTH
  }

  static Expr absolute(Integer year, Integer month, Integer day) {
    return new Expr(Anchor.ABSOLUTE, year, month, day, 0);
  }

  static Expr inferYear(int month, Integer day) {
    return new Expr(Anchor.INFER_YEAR, null, month, day, 0);
  }

  static Expr relativeYear(int offset, Integer month, Integer day) {
    return new Expr(Anchor.YEAR, null, month, day, offset);
  }

  /** The same expression with a written year, as the first date of {@code 30 May – 2 June 2024}. */
  Expr withYear(int y) {
    return new Expr(Anchor.ABSOLUTE, y, month, day, 0);
  }

  /** Whether a day, a month and a year fit together as written. */
  boolean precisionMatches(Expr other) {
    return (day == null) == (other.day == null) && (month == null) == (other.month == null);
  }
}
