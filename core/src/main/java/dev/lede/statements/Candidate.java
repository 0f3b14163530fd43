package dev.lede.statements;

import dev.lede.persons.PersonMention;
import dev.lede.model.Speaker;

/**
 * A statement found in a block before its speaker is resolved: the content's range, the cue's
 * range and where the speaker's words are. Speakers are resolved afterwards in text order, so
 * that salience (who was last the subject or the speaker) is right at each cue.
 */
final class Candidate {
  final int block;
  final int begin;
  final int end;
  final boolean direct;
  /** The cue's range in the block's normalized text, or -1. */
  int cueBegin = -1;
  int cueEnd = -1;
  /** The speaker's tokens {@code [npFrom, npTo)}, or -1. */
  int npFrom = -1;
  int npTo = -1;
  /** Take the sentence's subject as the speaker (participles, cues with no adjacent phrase). */
  boolean useSubject;
  /** The sentence whose subject is meant, and where the cue stands (for ordering). */
  int sentence;
  /** A reported clause needs a person-like speaker; a quote with an adjacent cue does not. */
  boolean needsStrong;
  /** A continuation takes its speaker from another statement. */
  Candidate copyFrom;
  /** Not a statement: a speaker announced with a colon for the next paragraph's quotation. */
  boolean anchor;

  Speaker speaker;
  PersonMention extra;
  Speakers.Entity entity;
  boolean resolved;
  boolean rejected;

  Candidate(int block, int begin, int end, boolean direct, int sentence) {
    this.block = block;
    this.begin = begin;
    this.end = end;
    this.direct = direct;
    this.sentence = sentence;
  }

  Candidate cue(int b, int e) {
    cueBegin = b;
    cueEnd = e;
    return this;
  }

  Candidate np(int from, int to) {
    npFrom = from;
    npTo = to;
    return this;
  }
}
