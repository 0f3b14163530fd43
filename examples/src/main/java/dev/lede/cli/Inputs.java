package dev.lede.cli;

import dev.lede.LedeException;
import dev.lede.formats.json.JsonLinesCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs, lazily and in the order given: a file is itself, a folder is
 * its regular, non-hidden files sorted by name (not recursive), a {@code .jsonl} file is its
 * records. A corpus is read one line at a time and closed when its records are used up (or when
 * this is closed). Not thread-safe.
 */
final class Inputs implements Iterator<Input>, AutoCloseable {

  private final Deque<String> pending;
  private final Deque<Input> ready = new ArrayDeque<>();
  private JsonLinesCorpus corpus;
  private Iterator<dev.lede.formats.json.CorpusItem> records;

  Inputs(List<String> args) {
    this.pending = new ArrayDeque<>(args);
  }

  /**
   * Whether the inputs stand for exactly one document: a single argument that is a regular file
   * and not a corpus. Such a run prints one JSON object instead of an array.
   */
  static boolean isSingleDocument(List<String> args) {
    if (args.size() != 1) {
      return false;
    }
    String a = args.get(0);
    return !isCorpus(a) && !Files.isDirectory(path(a));
  }

  static boolean isCorpus(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (records != null) {
        if (records.hasNext()) {
          ready.add(new Input.Record(records.next()));
          break;
        }
        closeCorpus();
      }
      if (pending.isEmpty()) {
        return false;
      }
      expand(pending.removeFirst());
    }
    return true;
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.removeFirst();
  }

  private void expand(String arg) {
    Path p;
    try {
      p = path(arg);
    } catch (IllegalArgumentException e) {
      ready.add(new Input.Failed(arg, "not a valid path", e));
      return;
    }
    if (Files.isDirectory(p)) {
      folder(arg, p);
    } else if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
      ready.add(new Input.Failed(arg, "no such file", null));
    } else {
      file(p, arg);
    }
  }

  private void folder(String arg, Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(f -> f.getFileName().toString()))
          .toList();
    } catch (IOException | RuntimeException e) {
      ready.add(new Input.Failed(arg, "cannot list the folder: " + e.getMessage(), e));
      return;
    }
    // a folder's files are queued before the arguments that follow it, in name order
    for (int i = files.size() - 1; i >= 0; i--) {
      pending.addFirst(files.get(i).toString());
    }
  }

  private void file(Path p, String name) {
    if (!isCorpus(name)) {
      ready.add(new Input.File(p, name));
      return;
    }
    try {
      corpus = JsonLinesCorpus.open(p);
      records = corpus.iterator();
    } catch (LedeException e) {
      ready.add(new Input.Failed(name, e.reason(), e));
    }
  }

  private void closeCorpus() {
    try {
      if (corpus != null) {
        corpus.close();
      }
    } catch (IOException e) {
      // read to the end already; a failing close loses nothing
    }
    corpus = null;
    records = null;
  }

  @Override
  public void close() {
    closeCorpus();
  }

  private static Path path(String arg) {
    return Paths.get(arg);
  }
}
