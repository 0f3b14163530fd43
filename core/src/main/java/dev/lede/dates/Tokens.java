package dev.lede.dates;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The tokens of one text, kept as arrays of kinds and offsets. A {@link Token} object is made
 * for an index only when a rule asks for it ({@link #get}), so the many tokens that no rule
 * looks at cost no object. Not thread-safe; belongs to one scan.
 */
final class Tokens extends AbstractList<Token> implements RandomAccess {

  private static final Token.Kind[] KINDS = Token.Kind.values();

  private final String text;
  private byte[] kinds;
  private int[] begins;
  private int[] ends;
  /** For words, the {@link WordFilter#key}, made by the tokenizer from its char array. */
  private int[] keys;
  private Token[] made;
  private int size;

  Tokens(String text, int capacity) {
    this.text = text;
    int c = Math.max(capacity, 8);
    kinds = new byte[c];
    begins = new int[c];
    ends = new int[c];
    keys = new int[c];
  }

  void add(Token.Kind kind, int begin, int end) {
    add(kind, begin, end, 0);
  }

  /** Adds a word with its {@link WordFilter#key}. */
  void addWord(int begin, int end, int key) {
    add(Token.Kind.WORD, begin, end, key);
  }

  private void add(Token.Kind kind, int begin, int end, int key) {
    if (size == kinds.length) {
      int c = size * 2;
      kinds = Arrays.copyOf(kinds, c);
      begins = Arrays.copyOf(begins, c);
      ends = Arrays.copyOf(ends, c);
      keys = Arrays.copyOf(keys, c);
    }
    kinds[size] = (byte) kind.ordinal();
    begins[size] = begin;
    ends[size] = end;
    keys[size] = key;
    size++;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Token get(int i) {
    Objects.checkIndex(i, size);
    if (made == null) {
      made = new Token[size];
    }
    Token t = made[i];
    if (t == null) {
      t = new Token(KINDS[kinds[i]], text, begins[i], ends[i]);
      made[i] = t;
    }
    return t;
  }

  boolean isWord(int i) {
    return kinds[i] == Token.Kind.WORD.ordinal();
  }

  boolean isNumber(int i) {
    return kinds[i] == Token.Kind.NUMBER.ordinal();
  }

  /** Whether the word at {@code i} may be one of the filter's words (see {@link WordFilter}). */
  boolean mayHold(int i, WordFilter filter) {
    return filter.mayHold(keys[i], text, begins[i], ends[i]);
  }
}
