package dev.lede.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.lede.model.PartialDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the few standalone date shapes that layouts meet: ISO, day-month-year, month-day. */
final class SimpleDates {

  private static final Map<String, Integer> MONTHS = monthNames();

  private SimpleDates() {}

  static Optional<PartialDate> parse(String text) {
    String s = text.strip().replaceAll("[.,]+$", "");
    String[] tokens = s.split("[\\s,.]+");
    try {
      if (tokens.length == 1 && s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        return Optional.of(new PartialDate(Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8, 10))));
      }
      if (tokens.length >= 2 && isNumber(tokens[0]) && month(tokens[1]) != null) {
        int day = Integer.parseInt(tokens[0]);
        int month = month(tokens[1]);
        if (tokens.length >= 3 && isNumber(tokens[2]) && tokens[2].length() == 4) {
          return Optional.of(new PartialDate(Integer.parseInt(tokens[2]), month, day));
        }
        return Optional.of(PartialDate.ofMonthDay(month, day));
      }
      if (tokens.length >= 2 && month(tokens[0]) != null && isNumber(tokens[1])) {
        int month = month(tokens[0]);
        int day = Integer.parseInt(tokens[1]);
        if (tokens.length >= 3 && isNumber(tokens[2]) && tokens[2].length() == 4) {
          return Optional.of(new PartialDate(Integer.parseInt(tokens[2]), month, day));
        }
        return Optional.of(PartialDate.ofMonthDay(month, day));
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean isNumber(String t) {
    if (t.isEmpty() || t.length() > 4) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Integer month(String token) {
    return MONTHS.get(token.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Integer> monthNames() {
    Map<String, Integer> m = new HashMap<>();
    for (String lang : new String[] {"en", "ru"}) {
      DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(lang));
      for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
        for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
          String[] names = symbols.getMonths(ctx, width);
          for (int i = 0; i < 12; i++) {
            String name = names[i].toLowerCase(Locale.ROOT).replace(".", "");
            m.putIfAbsent(name, i + 1);
          }
        }
      }
    }
    return Map.copyOf(m);
  }
}
