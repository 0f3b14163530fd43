package dev.lede.formats.text.internal;

/**
 * A news agency's dateline at the start of a paragraph: {@code MOSCOW, March 4. /TASS/.},
 * {@code UNITED NATIONS, Jan 5. /TASS/.}, {@code МОСКВА, 4 марта. /ТАСС/.}. Read by a scanner,
 * not a regular expression, and never further than a few dozen characters into the paragraph.
 *
 * @param whole the dateline, up to and with the period after the agency
 * @param place the place, upper case as written
 * @param date the date text ({@code March 4})
 * @param agency the agency's name between the slashes
 */
record WireDateline(Piece whole, Piece place, Piece date, Piece agency) {

  private static final int MAX_PLACE = 40;
  private static final int MAX_DATE = 24;
  private static final int MAX_AGENCY = 20;

  /** The dateline that opens {@code paragraph}, or null. */
  static WireDateline read(String text, Piece paragraph) {
    int i = paragraph.begin();
    int end = paragraph.end();
    int letters = 0;
    while (i < end && i - paragraph.begin() <= MAX_PLACE && isPlaceChar(text.charAt(i))) {
      letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
      i++;
    }
    if (letters < 2 || i >= end || text.charAt(i) != ',') {
      return null;
    }
    Piece place = TextSplitter.trim(text, paragraph.begin(), i);
    int dateStart = i + 1;
    int slash = dateStart;
    while (slash < end && slash - dateStart <= MAX_DATE && text.charAt(slash) != '/'
        && text.charAt(slash) != '\n' && text.charAt(slash) != '\r') {
      slash++;
    }
    if (slash >= end || text.charAt(slash) != '/') {
      return null;
    }
    Piece date = dateText(text, dateStart, slash);
    if (date == null) {
      return null;
    }
    int agencyEnd = slash + 1;
    while (agencyEnd < end && agencyEnd - slash <= MAX_AGENCY && text.charAt(agencyEnd) != '/') {
      agencyEnd++;
    }
    if (agencyEnd >= end || text.charAt(agencyEnd) != '/') {
      return null;
    }
    Piece agency = TextSplitter.trim(text, slash + 1, agencyEnd);
    if (agency == null || !isAgencyName(text, agency)) {
      return null;
    }
    int wholeEnd = agencyEnd + 1;
    if (wholeEnd < end && text.charAt(wholeEnd) == '.') {
      wholeEnd++;
    }
    return new WireDateline(new Piece(paragraph.begin(), wholeEnd), place, date, agency);
  }

  /**
   * Upper-case letters and what joins them in place names: {@code ST. PETERSBURG},
   * {@code NUR-SULTAN}.
   */
  private static boolean isPlaceChar(char c) {
    return Character.isUpperCase(c) || c == ' ' || c == '-' || c == '.' || c == '\'' || c == '’'
        || c == '\u00A0' || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The date between the comma and the slash, without the period that closes it; needs a digit. */
  private static Piece dateText(String text, int from, int to) {
    Piece p = TextSplitter.trim(text, from, to);
    if (p == null) {
      return null;
    }
    int e = p.end();
    while (e > p.begin()
        && (text.charAt(e - 1) == '.' || TextSplitter.isBlank(text.charAt(e - 1)))) {
      e--;
    }
    boolean digit = false;
    for (int i = p.begin(); i < e; i++) {
      digit |= Character.isDigit(text.charAt(i));
    }
    return digit ? new Piece(p.begin(), e) : null;
  }

  /** Letters only, the first upper case: {@code TASS}, {@code ТАСС}, {@code Xinhua}. */
  private static boolean isAgencyName(String text, Piece p) {
    if (p.end() - p.begin() < 2 || !Character.isUpperCase(text.charAt(p.begin()))) {
      return false;
    }
    for (int i = p.begin(); i < p.end(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != ' ') {
        return false;
      }
    }
    return true;
  }
}
