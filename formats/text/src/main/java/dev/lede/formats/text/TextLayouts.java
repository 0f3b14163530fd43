package dev.lede.formats.text;

import dev.lede.formats.text.internal.AkordaLayout;
import dev.lede.formats.text.internal.DumaBlogLayout;
import dev.lede.formats.text.internal.KazinformLayout;
import dev.lede.formats.text.internal.PlainLayout;
import dev.lede.formats.text.internal.PressRuLayout;
import dev.lede.formats.text.internal.TassLayout;
import dev.lede.spi.LayoutParser;
import java.util.List;
import java.util.Optional;

/**
 * The built-in layouts for plain-text news dumps. They are registered for
 * {@link java.util.ServiceLoader}, so putting this module on the class path is enough; this class
 * lists them for callers who register layouts by hand ({@code Lede.builder().layout(…)}).
 *
 * <table>
 *   <caption>The built-in layouts</caption>
 *   <tr><th>id</th><th>recognised by</th></tr>
 *   <tr><td>{@value #DUMA_BLOG}</td><td>a breadcrumb {@code Home » … » NAME » TITLE}, a comments
 *       footer</td></tr>
 *   <tr><td>{@value #AKORDA}</td><td>{@code " date YYYY-MM-DD TITLE"}, {@code * * *}, the note
 *       {@code ///originally published on the website …}</td></tr>
 *   <tr><td>{@value #TASS}</td><td>{@code All news}, the dateline
 *       {@code MOSCOW, March 4. /TASS/.}</td></tr>
 *   <tr><td>{@value #KAZINFORM}</td><td>{@code " date YYYY-MM-DD "} and the lead,
 *       {@code … News Agency reports}, {@code Photo: …}</td></tr>
 *   <tr><td>{@value #PRESS_RU}</td><td>Russian, a title line, {@code передает|сообщает|пишет
 *       OUTLET}</td></tr>
 *   <tr><td>{@value #PLAIN}</td><td>anything (the fallback)</td></tr>
 * </table>
 */
public final class TextLayouts {

  public static final String DUMA_BLOG = DumaBlogLayout.ID;
  public static final String AKORDA = AkordaLayout.ID;
  public static final String TASS = TassLayout.ID;
  public static final String KAZINFORM = KazinformLayout.ID;
  public static final String PRESS_RU = PressRuLayout.ID;
  public static final String PLAIN = PlainLayout.ID;

  private TextLayouts() {}

  /** New instances of the six built-in layouts, the fallback last. */
  public static List<LayoutParser> all() {
    return List.of(new DumaBlogLayout(), new AkordaLayout(), new TassLayout(),
        new KazinformLayout(), new PressRuLayout(), new PlainLayout());
  }

  /** The ids of the built-in layouts, in the order of {@link #all()}. */
  public static List<String> ids() {
    return List.of(DUMA_BLOG, AKORDA, TASS, KAZINFORM, PRESS_RU, PLAIN);
  }

  /** The built-in layout with this id, if there is one. */
  public static Optional<LayoutParser> byId(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
