package dev.lede.model;

import java.util.Locale;

/** How a person is mentioned. */
public enum MentionKind {
  /** Given name(s) and surname: {@code Mikhail Mishustin}, {@code Касым-Жомарт Токаев}. */
  NAME,
  /** Surname alone: {@code Mishustin}, {@code Токаева}. */
  SURNAME,
  /** Initials and surname: {@code K.K.Tokayev}. */
  INITIALS,
  /** A pronoun: {@code he}, {@code она}. */
  PRONOUN,
  /** A role phrase standing for the person: {@code the Russian Prime Minister}. */
  ROLE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MentionKind fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
