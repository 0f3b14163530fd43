package dev.lede.spi;

import dev.lede.model.PartialDate;

/**
 * What is known about a text apart from its words: metadata of an HTML page, fields of a JSON Lines
 * record. Every field may be null. Given hints win over what the text itself suggests.
 *
 * @param title the title from metadata
 * @param published the publication date from metadata
 * @param publishedFrom the name of that signal ({@code metadata}, {@code record}, …)
 * @param author the author from metadata
 * @param outlet the site or outlet name from metadata
 * @param url the address the text came from
 */
public record SourceHints(String title, PartialDate published, String publishedFrom, String author,
    String outlet, String url) {

  public static final SourceHints NONE = new SourceHints(null, null, null, null, null, null);
}
