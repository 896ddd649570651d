package io.kilowatch.core.port;

/** A {@link SnapshotStore} could not be read or written. The message names what and why. */
public class SnapshotStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SnapshotStoreException(String message) {
    super(message);
  }

  public SnapshotStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
