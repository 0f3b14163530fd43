package dev.lede;

import dev.lede.internal.Deadline;
import dev.lede.internal.Pipeline;
import dev.lede.model.Document;
import dev.lede.model.LayoutMatch;
import dev.lede.spi.InputFormat;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;

import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * A configured parser: immutable and thread-safe, so one instance serves a whole application.
 * Build it with {@link Lede#builder()}; {@link Lede#parse} uses a default one.
 *
 * <p>Every {@code parse} method answers with a {@link Document} or throws one
 * {@link LedeException} that names the input and the reason: unusable input (binary, malformed
 * after a byte order mark, over {@link Builder#maxInputBytes}), a parse that ran past
 * {@link Builder#maxParseTime}, or a failure inside a plug-in or stage (reported as such, with the
 * original exception as its cause). No other exception escapes for any input, except
 * {@link OutOfMemoryError} of a JVM whose heap is too small for the documented memory bound.
 */
public final class LedeParser {

  private final List<LayoutParser> layouts;
  private final List<InputFormat> formats;
  private final long maxInputBytes;
  private final int maxTextChars;
  private final Duration maxParseTime;
  private final Pipeline pipeline = new Pipeline();

  private LedeParser(Builder b) {
    List<LayoutParser> ls = new ArrayList<>(b.layouts);
    List<InputFormat> fs = new ArrayList<>(b.formats);
    if (b.discover) {
      ClassLoader cl = b.classLoader != null ? b.classLoader : LedeParser.class.getClassLoader();
      ServiceLoader.load(LayoutParser.class, cl).forEach(ls::add);
      ServiceLoader.load(InputFormat.class, cl).forEach(fs::add);
    }
    this.layouts = List.copyOf(dedupe(ls, LayoutParser::id));
    this.formats = List.copyOf(dedupe(fs, InputFormat::id));
    this.maxInputBytes = b.maxInputBytes;
    this.maxTextChars = b.maxTextChars;
    this.maxParseTime = b.maxParseTime;
  }

  /** The first plug-in with an id wins: plug-ins given to the builder come before discovered ones. */
  private static <T> List<T> dedupe(List<T> items, java.util.function.Function<T, String> id) {
    List<T> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (T t : items) {
      if (!seen.contains(id.apply(t))) {
        seen.add(id.apply(t));
        out.add(t);
      }
    }
    return out;
  }

  /** The ids of the registered layouts, in registration order. */
  public List<String> layouts() {
    return layouts.stream().map(LayoutParser::id).toList();
  }

  /** The registered layout plug-ins. */
  public List<LayoutParser> layoutParsers() {
    return layouts;
  }

  /** The largest input, in bytes (or chars of a given text), that this parser accepts. */
  public long maxInputBytes() {
    return maxInputBytes;
  }

  /** The longest decoded text, in chars (UTF-16 code units), that this parser analyzes. */
  public int maxTextChars() {
    return maxTextChars;
  }

  /** The time budget of one parse, from the first byte read to the finished document. */
  public Duration maxParseTime() {
    return maxParseTime;
  }

  /** The ids of the registered input formats. */
  public List<String> inputFormats() {
    return formats.stream().map(InputFormat::id).toList();
  }

  /**
   * Reads and parses a file.
   *
   * @throws LedeException when the file cannot be read or is not usable text
   */
  public Document parse(Path path) {
    Objects.requireNonNull(path, "path");
    String name = path.toString();
    Deadline deadline = Deadline.start(name, maxParseTime);
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > maxInputBytes) {
        throw new LedeException(name, "input of " + size + " bytes is over the limit of "
            + maxInputBytes + " bytes");
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(size + 1, maxInputBytes + 1));
      }
    } catch (NoSuchFileException e) {
      throw new LedeException(name, "no such file", e);
    } catch (IOException e) {
      throw new LedeException(name, "cannot read: " + e.getMessage(), e);
    }
    return parse(name, bytes, deadline);
  }

  /** Decodes bytes with the best-fitting input format and parses the text. */
  public Document parse(String name, byte[] bytes) {
    Objects.requireNonNull(name, "name");
    return parse(name, bytes, Deadline.start(name, maxParseTime));
  }

  private Document parse(String name, byte[] bytes, Deadline deadline) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > maxInputBytes) {
      throw new LedeException(name, "input of " + bytes.length + " bytes is over the limit of "
          + maxInputBytes + " bytes");
    }
    SourceText source = decode(name, bytes);
    deadline.check();
    return parse(source, deadline);
  }

  /** Decodes bytes into source text with the best-fitting input format, without parsing. */
  public SourceText decode(String name, byte[] bytes) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 8192));
    InputFormat best = null;
    double bestScore = 0;
    for (InputFormat f : formats) {
      double score = safeAccepts(f, name, head);
      if (score > bestScore || (score == bestScore && best != null && score > 0
          && f.priority() > best.priority())) {
        best = f;
        bestScore = score;
      }
    }
    if (best == null) {
      throw new LedeException(name, "no input format reads it (binary content?)");
    }
    SourceText source;
    try {
      source = best.read(name, bytes);
    } catch (LedeException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new LedeException(name, "input format '" + best.id() + "' failed: " + describe(e), e);
    }
    if (source == null) {
      throw new LedeException(name, "input format '" + best.id() + "' returned no text");
    }
    return source;
  }

  /** A format that throws while judging the head simply does not claim the input. */
  private static double safeAccepts(InputFormat f, String name, byte[] head) {
    try {
      double score = f.accepts(name, head.clone());
      return Double.isNaN(score) ? 0 : clamp(score);
    } catch (RuntimeException | StackOverflowError e) {
      return 0;
    }
  }

  /** Parses a text given as a string. */
  public Document parse(String name, String text) {
    return parse(SourceText.of(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(text, "text")));
  }

  /** Parses a decoded source text: layout detection, the layout's parser, the core analysis. */
  public Document parse(SourceText source) {
    Objects.requireNonNull(source, "source");
    return parse(source, Deadline.start(source.name(), maxParseTime));
  }

  private Document parse(SourceText source, Deadline deadline) {
    if (source.text().length() > maxTextChars) {
      throw new LedeException(source.name(), "text of " + source.text().length()
          + " characters is over the limit of " + maxTextChars + " characters");
    }
    LayoutParser chosen = null;
    double confidence = -1;
    for (LayoutParser p : layouts) {
      double c = safeDetect(p, source);
      if (c > confidence || (c == confidence && chosen != null && p.priority() > chosen.priority())) {
        chosen = p;
        confidence = c;
      }
    }
    if (chosen == null) {
      throw new LedeException(source.name(), "no layout parser is registered");
    }
    deadline.check();
    Skeleton skeleton;
    try {
      skeleton = chosen.parse(source);
    } catch (RuntimeException | StackOverflowError e) {
      throw new LedeException(source.name(), "layout '" + chosen.id() + "' failed: " + describe(e),
          e);
    }
    if (skeleton == null) {
      throw new LedeException(source.name(), "layout '" + chosen.id() + "' returned no skeleton");
    }
    checkSpans(source, chosen, skeleton);
    deadline.check();
    try {
      return pipeline.analyze(source, new LayoutMatch(chosen.id(), clamp(confidence)), skeleton,
          deadline);
    } catch (LedeException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // a bug in a stage must not look like a crash of the caller: it is this input's failure
      throw new LedeException(source.name(), "analysis failed: " + describe(e), e);
    }
  }

  /** The failure in a few words: a stack overflow's message is useless, its kind is not. */
  private static String describe(Throwable e) {
    return e instanceof StackOverflowError ? "stack overflow (input nested too deeply?)"
        : e.toString();
  }

  /** A plug-in's block outside the text is its bug, named as such rather than a stage's crash. */
  private static void checkSpans(SourceText source, LayoutParser layout, Skeleton skeleton) {
    for (var block : skeleton.blocks()) {
      if (block.span().end() > source.length()) {
        throw new LedeException(source.name(), "layout '" + layout.id() + "' returned block "
            + block.span() + " outside the text of " + source.length() + " characters");
      }
    }
  }

  /** A plug-in that throws in detection simply does not claim the text. */
  private static double safeDetect(LayoutParser p, SourceText source) {
    try {
      double c = p.detect(source);
      return Double.isNaN(c) ? 0 : clamp(c);
    } catch (RuntimeException | StackOverflowError e) {
      return 0;
    }
  }

  private static double clamp(double c) {
    return Math.max(0, Math.min(1, c));
  }

  /** Configures a {@link LedeParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private final List<LayoutParser> layouts = new ArrayList<>();
    private final List<InputFormat> formats = new ArrayList<>();
    private boolean discover = true;
    private ClassLoader classLoader;
    private long maxInputBytes = 64L * 1024 * 1024;
    private int maxTextChars = 16 * 1024 * 1024;
    private Duration maxParseTime = Duration.ofSeconds(60);

    Builder() {}

    /** Adds a layout plug-in; it wins over a discovered one with the same id. */
    public Builder layout(LayoutParser parser) {
      layouts.add(Objects.requireNonNull(parser, "parser"));
      return this;
    }

    /** Adds an input format; it wins over a discovered one with the same id. */
    public Builder inputFormat(InputFormat format) {
      formats.add(Objects.requireNonNull(format, "format"));
      return this;
    }

    /** Whether to find plug-ins with {@link ServiceLoader} (default true). */
    public Builder discoverPlugins(boolean value) {
      this.discover = value;
      return this;
    }

    /** The class loader for plug-in discovery (default: Lede's own). */
    public Builder classLoader(ClassLoader value) {
      this.classLoader = value;
      return this;
    }

    /**
     * Inputs larger than this, in bytes, are refused with a {@link LedeException} before they are
     * read or decoded (default 64 MiB). A text given as a string is held to
     * {@link #maxTextChars} instead.
     */
    public Builder maxInputBytes(long value) {
      if (value <= 0) {
        throw new IllegalArgumentException("maxInputBytes must be positive: " + value);
      }
      this.maxInputBytes = value;
      return this;
    }

    /**
     * Decoded texts longer than this, in chars, are refused with a {@link LedeException}
     * (default 16 Mi = 16,777,216). The analysis needs heap of at most about 200 bytes per char
     * of text on the most hostile shapes (30 to 80 on news text), so this bounds the memory of
     * one parse: lower it for small heaps. Markup inputs are measured after text extraction.
     */
    public Builder maxTextChars(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("maxTextChars must be positive: " + value);
      }
      this.maxTextChars = value;
      return this;
    }

    /**
     * The time budget of one parse (default 60 s), checked cooperatively between blocks and
     * between stages; past it the parse throws a {@link LedeException} "took longer than …". A
     * single stage working on one block is not interrupted, so the real time may exceed the
     * budget by the time of one block's step (linear in the block's length).
     */
    public Builder maxParseTime(Duration value) {
      Objects.requireNonNull(value, "value");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("maxParseTime must be positive: " + value);
      }
      this.maxParseTime = value;
      return this;
    }

    public LedeParser build() {
      LedeParser p = new LedeParser(this);
      if (p.layouts.isEmpty()) {
        throw new IllegalStateException(
            "no layout parser found: add lede-formats-text to the class path or register one");
      }
      return p;
    }
  }

}
