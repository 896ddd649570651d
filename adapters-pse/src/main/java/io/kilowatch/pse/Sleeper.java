package io.kilowatch.pse;

import java.time.Duration;

/** Waits between retries; tests pass one that records instead of waiting. */
@FunctionalInterface
interface Sleeper {

  /** The real one: {@link Thread#sleep}. */
  Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
