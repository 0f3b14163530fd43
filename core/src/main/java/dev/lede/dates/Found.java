package dev.lede.dates;

/**
 * A date expression found in a token list.
 *
 * @param first index of its first token
 * @param last index of its last token (inclusive)
 * @param start the expression, or the first date of a range
 * @param end the last date of a range, else null
 */
record Found(int first, int last, Expr start, Expr end) {

  Found(int first, int last, Expr start) {
    this(first, last, start, null);
  }
}
