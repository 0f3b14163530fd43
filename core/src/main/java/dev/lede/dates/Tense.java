package dev.lede.dates;

/** The time a sentence speaks of, as far as its words tell. */
enum Tense { PAST, FUTURE, UNKNOWN }
