package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.view.Loaded;
import io.kilowatch.core.view.ViewLoader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A {@link ViewLoader} that follows a script: each load takes the next step (return a value, fail,
 * block until released); the last step repeats forever. Records every call. Thread-safe.
 *
 * <pre>{@code
 * ScriptedLoader<String> loader = ScriptedLoader.<String>script().thenReturn("a").thenFail("down");
 * }</pre>
 */
public final class ScriptedLoader<T> implements ViewLoader<T> {

  private final Deque<Step<T>> steps = new ArrayDeque<>();
  private final List<Snapshot<T>> calls = new ArrayList<>();

  private ScriptedLoader() {}

  /** An empty script; loading before a step is added fails. */
  public static <T> ScriptedLoader<T> script() {
    return new ScriptedLoader<>();
  }

  /** A loader that always returns {@code value} as a live value. */
  public static <T> ScriptedLoader<T> returning(T value) {
    return ScriptedLoader.<T>script().thenReturn(value);
  }

  /** Next, return {@code value} as a live value. */
  public ScriptedLoader<T> thenReturn(T value) {
    return thenReturn(Loaded.live(value));
  }

  /** Next, return {@code loaded}. */
  public ScriptedLoader<T> thenReturn(Loaded<T> loaded) {
    requireNonNull(loaded, "'loaded' must not be null");
    return add(previous -> loaded);
  }

  /** Next, fail with an {@link IOException} carrying {@code message}. */
  public ScriptedLoader<T> thenFail(String message) {
    requireNonNull(message, "'message' must not be null");
    return add(
        previous -> {
          throw new IOException(message);
        });
  }

  /** Next, return {@code null}, as a broken loader would. */
  @SuppressWarnings("NullAway") // deliberately breaks the loader contract
  public ScriptedLoader<T> thenReturnNull() {
    return add(previous -> null);
  }

  /**
   * Next, signal {@code started}, then wait (interruptibly) for {@code release} and return {@code
   * value}.
   */
  public ScriptedLoader<T> thenBlock(CountDownLatch started, CountDownLatch release, T value) {
    return add(
        previous -> {
          started.countDown();
          release.await();
          return Loaded.live(value);
        });
  }

  /**
   * Next, signal {@code started}, then wait for {@code release} ignoring every interrupt, as a
   * loader stuck in uninterruptible I/O would, and return {@code value}.
   */
  public ScriptedLoader<T> thenHangIgnoringInterrupts(
      CountDownLatch started, CountDownLatch release, T value) {
    return add(
        previous -> {
          started.countDown();
          boolean interrupted = false;
          while (true) {
            try {
              release.await();
              break;
            } catch (InterruptedException ignored) {
              interrupted = true;
            }
          }
          if (interrupted) {
            Thread.currentThread().interrupt();
          }
          return Loaded.live(value);
        });
  }

  @Override
  public Loaded<T> load(Snapshot<T> previous) throws Exception {
    Step<T> step;
    synchronized (this) {
      calls.add(previous);
      step = steps.size() > 1 ? steps.poll() : steps.peek();
    }
    if (step == null) {
      throw new IllegalStateException("the loader's script is empty");
    }
    return step.run(previous);
  }

  /** How many loads were started. */
  public synchronized int calls() {
    return calls.size();
  }

  /** The snapshot each load was given, in order. */
  public synchronized List<Snapshot<T>> previousSnapshots() {
    return List.copyOf(calls);
  }

  private synchronized ScriptedLoader<T> add(Step<T> step) {
    steps.add(step);
    return this;
  }

  @FunctionalInterface
  private interface Step<T> {
    Loaded<T> run(Snapshot<T> previous) throws Exception;
  }
}
