package dev.lede.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.LedeException;
import dev.lede.model.Block;
import dev.lede.model.DateMention;
import dev.lede.model.Document;
import dev.lede.model.Mention;
import dev.lede.model.Person;
import dev.lede.model.Span;
import dev.lede.model.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What every hostile input must end as: a sound {@link Document} or one {@link LedeException}
 * naming the input, within a hang guard. The guard is generous on purpose: it catches hangs, it
 * is not a performance assertion.
 */
public final class HostileAssertions {

  /** Far above any honest parse on the test machines; a hang, not slowness, trips it. */
  public static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private HostileAssertions() {}

  /**
   * Runs {@code parse} under the hang guard; returns its document (checked for soundness against
   * {@code source} when that is known), or empty when it failed with a named error.
   *
   * @param name the name the input was given; the error must carry it
   * @param source the text the document's spans point into, or null when only the parser knows
   *     it (bytes decoded by an input format)
   */
  public static Optional<Document> documentOrNamedError(String name, String source,
      Supplier<Document> parse) {
    Object outcome = assertTimeoutPreemptively(HANG_GUARD, () -> {
      try {
        return parse.get();
      } catch (LedeException e) {
        return e;
      }
    }, () -> name + " did not finish within the hang guard of " + HANG_GUARD);
    if (outcome instanceof LedeException e) {
      assertEquals(name, e.input(), "the error must name the input: " + e.getMessage());
      assertNotNull(e.reason());
      assertFalse(e.reason().isBlank(), "the error must say why");
      assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
      return Optional.empty();
    }
    Document d = (Document) outcome;
    assertNotNull(d, "parse returned null for " + name);
    assertSound(d, source);
    return Optional.of(d);
  }

  /** Every span lies in the text, blocks are ordered and disjoint, every reference resolves. */
  public static void assertSound(Document d, String source) {
    int length = d.source().length();
    if (source != null) {
      assertEquals(source.length(), length, "source.length");
    }
    assertEquals(64, d.source().sha256().length());
    int last = 0;
    for (Block b : d.blocks()) {
      inBounds(b.span(), length, "block");
      assertTrue(b.span().begin() >= last, "blocks overlap or are out of order at " + b.span());
      last = b.span().end();
      assertNotNull(b.text());
    }
    if (d.title() != null) {
      inBounds(d.title().span(), length, "title");
    }
    if (d.published() != null && d.published().span() != null) {
      inBounds(d.published().span(), length, "published");
    }
    if (d.dateline() != null && d.dateline().span() != null) {
      inBounds(d.dateline().span(), length, "dateline");
    }
    Set<String> ids = new HashSet<>();
    for (Person p : d.persons()) {
      assertTrue(ids.add(p.id()), "duplicate person id " + p.id());
      assertNotNull(p.key());
      for (Mention m : p.mentions()) {
        inBounds(m.span(), length, "mention of " + p.id());
      }
    }
    for (Statement s : d.statements()) {
      inBounds(s.quote().span(), length, "quote");
      assertTrue(s.block() >= 0 && s.block() < d.blocks().size(), "statement block " + s.block());
      if (s.cue() != null) {
        inBounds(s.cue().span(), length, "cue");
      }
      if (s.speaker() != null && s.speaker().person() != null) {
        assertTrue(ids.contains(s.speaker().person()), "unknown speaker " + s.speaker().person());
      }
      if (s.speaker() != null && s.speaker().mention() != null) {
        inBounds(s.speaker().mention().span(), length, "speaker mention");
      }
    }
    for (DateMention m : d.dates()) {
      inBounds(m.span(), length, "date");
    }
    d.authors().forEach(a -> {
      if (a.person() != null) {
        assertTrue(ids.contains(a.person()), "unknown author person " + a.person());
      }
    });
  }

  private static void inBounds(Span s, int length, String what) {
    assertTrue(s.begin() >= 0 && s.end() <= length,
        what + " span " + s + " outside the text of " + length);
  }
}
