package io.kilowatch.core.port;

/**
 * An {@link InverterStateSource} has no usable reading: none recorded, unreadable, or too old. The
 * message names what and why (for a stale reading: its age and the maximum).
 */
public class InverterStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InverterStateException(String message) {
    super(message);
  }

  public InverterStateException(String message, Throwable cause) {
    super(message, cause);
  }
}
