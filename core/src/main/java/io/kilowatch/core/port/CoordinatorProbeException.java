package io.kilowatch.core.port;

/** A {@link CoordinatorProbe} cannot inspect the processes. The message names why. */
public class CoordinatorProbeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CoordinatorProbeException(String message) {
    super(message);
  }

  public CoordinatorProbeException(String message, Throwable cause) {
    super(message, cause);
  }
}
