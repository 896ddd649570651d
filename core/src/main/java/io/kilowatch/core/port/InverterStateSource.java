package io.kilowatch.core.port;

import io.kilowatch.core.energy.InverterState;

/**
 * The newest reading of the installation the coordinator recorded (its state files, or its
 * database's newest state row).
 *
 * <p>Implementations normalise units (W, not kW) and signs as {@link InverterState} documents. They
 * must be safe for concurrent use; calls may block on I/O, so the core calls them only from a
 * view's loader, never on a reader's thread.
 */
public interface InverterStateSource {

  /**
   * The newest complete reading.
   *
   * @return the reading; never {@code null}
   * @throws InverterStateException if there is no reading, it cannot be read, or it is older than
   *     the implementation's maximum age (the message then names the age)
   */
  InverterState current();
}
