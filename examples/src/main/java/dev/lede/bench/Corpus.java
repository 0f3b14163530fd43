package dev.lede.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark corpus, read at run time and never copied into the project: the seeds
 * ({@code seeds/*.txt}) and, when they are present beside the project, the shared dev sets
 * ({@code shared/eval/polnear-dev/text/*}, {@code shared/eval/factru-dev/*.txt}).
 *
 * <p>The project root is {@code -Dlede.bench.root}, else the nearest folder at or above the
 * working directory that holds {@code seeds/}. {@code -Dlede.bench.corpus=seeds} limits the corpus
 * to the seeds. Texts are kept as the UTF-8 bytes of their files, in a fixed order, so every
 * forked JVM and the {@link Report} see the same corpus.
 *
 * @param texts the texts in a fixed order
 * @param sources where they came from, for the report
 */
public record Corpus(List<Text> texts, List<String> sources) {

  /** One input: a file's name and its bytes. */
  public record Text(String name, byte[] bytes) {}

  public Corpus {
    texts = List.copyOf(texts);
    sources = List.copyOf(sources);
  }

  /** Total size in bytes (UTF-8 as read from disk). */
  public long bytes() {
    long n = 0;
    for (Text t : texts) {
      n += t.bytes().length;
    }
    return n;
  }

  /** Loads the corpus as described in the class comment. */
  public static Corpus load() {
    Path root = root();
    List<Text> texts = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    add(root.resolve("seeds"), ".txt", texts, sources);
    String which = System.getProperty("lede.bench.corpus", "all").toLowerCase(Locale.ROOT);
    if (!which.equals("seeds")) {
      Path shared = shared(root);
      if (shared != null) {
        add(shared.resolve("eval/polnear-dev/text"), "", texts, sources);
        add(shared.resolve("eval/factru-dev"), ".txt", texts, sources);
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalStateException("no benchmark texts under " + root.resolve("seeds")
          + "; run from the project folder or set -Dlede.bench.root");
    }
    return new Corpus(texts, sources);
  }

  /**
   * One big document of about {@code scale × unit} bytes: the corpus texts joined by blank lines,
   * in order, starting over when they run out. Used to show that cost grows linearly with size.
   */
  public String concatenated(int scale, int unit) {
    long want = (long) scale * unit;
    StringBuilder sb = new StringBuilder();
    long have = 0;
    int i = 0;
    while (have < want) {
      Text t = texts.get(i % texts.size());
      if (sb.length() > 0) {
        sb.append("\n\n");
        have += 2;
      }
      sb.append(new String(t.bytes(), StandardCharsets.UTF_8));
      have += t.bytes().length;
      i++;
    }
    return sb.toString();
  }

  static Path root() {
    String given = System.getProperty("lede.bench.root");
    if (given != null) {
      return Path.of(given).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("seeds"))) {
        return d;
      }
    }
    throw new IllegalStateException("no seeds/ folder at or above " + dir
        + "; run from the project folder or set -Dlede.bench.root");
  }

  /** {@code shared/} beside the project root or one of its parents, or null. */
  private static Path shared(Path root) {
    for (Path d = root.getParent(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("shared/eval"))) {
        return d.resolve("shared");
      }
    }
    return null;
  }

  private static void add(Path dir, String suffix, List<Text> texts, List<String> sources) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
      for (Path f : files) {
        texts.add(new Text(f.getFileName().toString(), Files.readAllBytes(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!files.isEmpty()) {
      sources.add(dir + " (" + files.size() + " files)");
    }
  }
}
