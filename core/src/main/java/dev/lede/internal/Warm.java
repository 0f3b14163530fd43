package dev.lede.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value built once on its own daemon thread, so that a slow construction (ICU rule compilation,
 * lexicon tables) overlaps with other start-up work. {@link #get} waits for it; a construction
 * that failed fails every {@code get} with the same cause, as a class initializer would.
 *
 * @param <T> the value's type
 */
final class Warm<T> {

  private final FutureTask<T> task;

  private Warm(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts building the value now, on a daemon thread named {@code name}. */
  static <T> Warm<T> start(String name, Supplier<T> build) {
    FutureTask<T> task = new FutureTask<>(build::get);
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return new Warm<>(task);
  }

  /** The value, waiting for the build to end if it has not yet. */
  T get() {
    if (task.isDone()) {
      return done();
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          // the value is needed to go on; keep waiting, and restore the flag for the caller
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      throw failure(e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private T done() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      throw new IllegalStateException("a finished task does not wait", e);
    } catch (ExecutionException e) {
      throw failure(e);
    }
  }

  private static RuntimeException failure(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    // a Supplier throws no checked exception
    return new IllegalStateException(cause);
  }
}
