package io.kilowatch.core.port;

import java.util.OptionalLong;

/**
 * Whether the coordinator runs, and as which process.
 *
 * @param running whether a coordinator process was found
 * @param pid its process id when running, otherwise 0
 */
public record CoordinatorStatus(boolean running, long pid) {

  /** No coordinator process was found. */
  public static final CoordinatorStatus NOT_RUNNING = new CoordinatorStatus(false, 0);

  public CoordinatorStatus {
    if (running && pid <= 0) {
      throw new IllegalArgumentException(
          "'pid' of a running coordinator must be positive, but was " + pid);
    }
    if (!running && pid != 0) {
      throw new IllegalArgumentException(
          "'pid' must be 0 when the coordinator is not running, but was " + pid);
    }
  }

  /** The coordinator runs as process {@code pid}. */
  public static CoordinatorStatus runningAs(long pid) {
    return new CoordinatorStatus(true, pid);
  }

  /** The PID when running, otherwise empty. */
  public OptionalLong runningPid() {
    return running ? OptionalLong.of(pid) : OptionalLong.empty();
  }
}
