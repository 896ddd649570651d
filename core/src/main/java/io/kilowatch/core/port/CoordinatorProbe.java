package io.kilowatch.core.port;

/**
 * Whether the coordinator's process is running on this machine, and its PID.
 *
 * <p>Implementations must be safe for concurrent use. A probe may scan the process table, which
 * takes milliseconds; the core calls it only from a view's loader.
 */
public interface CoordinatorProbe {

  /**
   * The coordinator's status now.
   *
   * @return running with its PID, or not running; never {@code null}
   * @throws CoordinatorProbeException if the process table cannot be inspected at all (not when the
   *     coordinator is merely absent)
   */
  CoordinatorStatus status();
}
