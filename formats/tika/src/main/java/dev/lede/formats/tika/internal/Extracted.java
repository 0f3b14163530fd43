package dev.lede.formats.tika.internal;

import dev.lede.spi.SourceHints;

/** What extraction made of one input: its text, the media type and charset read, metadata. */
public record Extracted(String text, String mediaType, String charset, SourceHints hints) {}
