package dev.lede.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs {@code work} over a stream of items on a pool of threads and hands the results to
 * {@code consume} on the calling thread, in the items' order. Memory stays bounded whatever the
 * number of items: at most {@code maxItems} items, and about {@code maxBytes} bytes of input, are
 * in flight (read but not yet consumed); reading the next item waits for the oldest result. One
 * item larger than {@code maxBytes} still goes through, alone.
 *
 * <p>With one thread the work runs on the calling thread, item by item, with no pool at all.
 * {@code work} must not throw (it turns failures into results); an exception from
 * {@code consume} ends the run and cancels the work in flight.
 *
 * @param <T> the items
 * @param <R> the results
 */
final class Ordered<T, R> {

  private final int threads;
  private final int maxItems;
  private final long maxBytes;

  Ordered(int threads, int maxItems, long maxBytes) {
    if (threads < 1 || maxItems < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("threads, maxItems and maxBytes must be positive: "
          + threads + ", " + maxItems + ", " + maxBytes);
    }
    this.threads = threads;
    this.maxItems = maxItems;
    this.maxBytes = maxBytes;
  }

  /** The window the CLI uses for {@code threads} threads. */
  static <T, R> Ordered<T, R> forThreads(int threads) {
    // four per thread keep every thread busy when sizes vary; 32 MiB of input in flight keeps a
    // run inside a small heap (-Xmx256m) even when the documents are large
    return new Ordered<>(threads, Math.max(2, threads * 4), 32L * 1024 * 1024);
  }

  /**
   * @param items the items, read on the calling thread one at a time
   * @param size an item's size in bytes, for the window's byte limit
   * @param work turns an item into its result, on a pool thread; must not throw
   * @param consume takes the results in order, on the calling thread
   * @param idle called on the calling thread when it is about to wait for a result (the
   *     moment to flush output)
   */
  void run(Iterator<? extends T> items, ToLongFunction<? super T> size,
      Function<? super T, ? extends R> work, Consumer<? super R> consume, Runnable idle) {
    if (threads == 1) {
      while (items.hasNext()) {
        idle.run();
        consume.accept(work.apply(items.next()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
    Deque<InFlight<R>> window = new ArrayDeque<>();
    long bytes = 0;
    try {
      while (items.hasNext()) {
        T item = items.next();
        long itemBytes = Math.max(0, size.applyAsLong(item));
        while (!window.isEmpty()
            && (window.size() >= maxItems || bytes + itemBytes > maxBytes)) {
          bytes -= take(window, consume, idle);
        }
        window.addLast(new InFlight<>(pool.submit(() -> work.apply(item)), itemBytes));
        bytes += itemBytes;
        // hand over what is already done, so output streams while input is read
        while (!window.isEmpty() && window.peekFirst().result.isDone()) {
          bytes -= take(window, consume, idle);
        }
      }
      while (!window.isEmpty()) {
        take(window, consume, idle);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private record InFlight<R>(Future<? extends R> result, long bytes) {}

  private static <R> long take(Deque<InFlight<R>> window, Consumer<? super R> consume,
      Runnable idle) {
    InFlight<R> first = window.removeFirst();
    if (!first.result.isDone()) {
      idle.run();
    }
    consume.accept(await(first.result));
    return first.bytes;
  }

  private static <R> R await(Future<? extends R> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw rethrow(e.getCause());
        } catch (CancellationException e) {
          throw new IllegalStateException("work was cancelled", e);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  /** Daemon threads: a failing run never hangs the JVM on its way out. */
  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "lede-parse-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
