package dev.lede.persons;

/** Grammatical or social gender of a person as far as the text tells; used to resolve pronouns. */
public enum Gender {
  MALE, FEMALE, UNKNOWN;

  /** Whether a pronoun of gender {@code pronoun} may refer to a person of this gender. */
  public boolean agreesWith(Gender pronoun) {
    return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
  }
}
