package dev.lede.formats.tika.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds paragraphs from the lines a PDF or DOCX gives: wrapped lines are joined with a space,
 * a hyphen at the end of a line before a lower-case letter is undone ({@code Kazakh-\nstan} →
 * {@code Kazakhstan}), a hyphen before a capital is kept ({@code Kassym-\nJomart} →
 * {@code Kassym-Jomart}). A blank line, or a short line ending a sentence, ends a paragraph; a
 * paragraph cut by a page break (no final punctuation, next one starts in lower case) is joined.
 */
final class ParagraphRebuilder {

  private static final String TERMINAL = ".!?…:;»\"”’)";

  private ParagraphRebuilder() {}

  static List<String> rebuild(List<String> raw) {
    List<String> lines = new ArrayList<>();
    for (String r : raw) {
      for (String l : r.split("\n", -1)) {
        lines.add(clean(l));
      }
      lines.add(""); // every raw paragraph ends one
    }
    int typical = typicalLength(lines);
    List<String> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    for (String line : lines) {
      if (line.isEmpty()) {
        end(out, para);
        continue;
      }
      join(para, line);
      if (endsSentence(line) && line.length() < typical * 0.7) {
        end(out, para);
      }
    }
    end(out, para);
    return mergeAcrossBreaks(out);
  }

  private static void end(List<String> out, StringBuilder para) {
    if (para.length() > 0) {
      out.add(para.toString());
      para.setLength(0);
    }
  }

  /** Appends a line to a paragraph, undoing an end-of-line hyphen where it split a word. */
  static void join(StringBuilder para, String line) {
    int n = para.length();
    if (n == 0) {
      para.append(line);
      return;
    }
    char last = para.charAt(n - 1);
    boolean hyphen = (last == '-' || last == '\u00AD') && n >= 2
        && Character.isLetter(para.charAt(n - 2));
    if (hyphen && Character.isLowerCase(line.codePointAt(0))) {
      para.setLength(n - 1);
      para.append(line);
    } else if (hyphen || last == '\u00AD') {
      if (last == '\u00AD') {
        para.setLength(n - 1);
      }
      para.append(line);
    } else {
      para.append(' ').append(line);
    }
  }

  private static List<String> mergeAcrossBreaks(List<String> paras) {
    List<String> out = new ArrayList<>();
    for (String p : paras) {
      if (!out.isEmpty()) {
        String prev = out.get(out.size() - 1);
        if (!endsSentence(prev) && Character.isLowerCase(p.codePointAt(0))) {
          StringBuilder sb = new StringBuilder(prev);
          join(sb, p);
          out.set(out.size() - 1, sb.toString());
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  static boolean endsSentence(String s) {
    return !s.isEmpty() && TERMINAL.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** Collapses runs of white space (tabs, NBSP) to one space and trims; never null. */
  private static String clean(String line) {
    String c = PageAssembler.clean(line);
    return c == null ? "" : c;
  }

  /** The length of a full line: the 80th percentile of line lengths, at least 40. */
  private static int typicalLength(List<String> lines) {
    int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).toArray();
    if (lengths.length < 3) {
      return 0; // too few lines to tell a short line from a full one: trust the source's breaks
    }
    Arrays.sort(lengths);
    return Math.max(40, lengths[(int) (lengths.length * 0.8)]);
  }
}
