package dev.lede.formats.tika.internal;

import dev.lede.model.PartialDate;

/**
 * Reads the date part of the timestamps pages carry in metadata: ISO 8601
 * ({@code 2024-03-04T12:00:00+03:00}, {@code 2024-03-04}, {@code 2024-03}) and the compact
 * {@code 20240304}. The date is taken as written, in the page's own time zone.
 */
final class DateText {

  private DateText() {}

  static PartialDate parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    try {
      if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4)
          && digits(s, 5, 7) && digits(s, 8, 10)) {
        return new PartialDate(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
      }
      if (s.length() == 7 && s.charAt(4) == '-' && digits(s, 0, 4) && digits(s, 5, 7)) {
        return PartialDate.ofMonth(num(s, 0, 4), num(s, 5, 7));
      }
      if (s.length() >= 8 && digits(s, 0, 8) && (s.length() == 8 || !Character.isDigit(s.charAt(8)))) {
        return new PartialDate(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
      }
    } catch (IllegalArgumentException e) {
      return null; // 2024-02-31 and the like: no date rather than a wrong one
    }
    return null;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int from, int to) {
    return Integer.parseInt(s.substring(from, to));
  }
}
