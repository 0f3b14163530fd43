package dev.lede.model;

/** How much of a {@link PartialDate} is known. */
public enum Precision {
  /** Year, month and day: {@code 2024-11-27}. */
  DAY,
  /** Year and month: {@code 2024-11}. */
  MONTH,
  /** Year only: {@code 2024}. */
  YEAR,
  /** Month and day without a year: {@code --03-04}. */
  MONTH_DAY
}
