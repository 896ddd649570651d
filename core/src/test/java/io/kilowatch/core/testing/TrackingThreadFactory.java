package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;

/**
 * A thread factory that names its daemon threads {@code prefix-N} and remembers them, so a test can
 * check that none survives a shutdown. Thread-safe.
 */
public final class TrackingThreadFactory implements ThreadFactory {

  private final String prefix;
  private final List<Thread> threads = new CopyOnWriteArrayList<>();

  public TrackingThreadFactory(String prefix) {
    this.prefix = requireNonNull(prefix, "'prefix' must not be null");
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + "-" + (threads.size() + 1));
    thread.setDaemon(true);
    threads.add(thread);
    return thread;
  }

  /** Every thread made so far. */
  public List<Thread> threads() {
    return List.copyOf(threads);
  }

  /** The threads made so far that are still alive. */
  public List<Thread> aliveThreads() {
    return threads.stream().filter(Thread::isAlive).toList();
  }
}
