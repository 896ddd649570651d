package io.kilowatch.core.port;

/** A {@link PriceArchive} could not be read or written. The message names what and why. */
public class PriceArchiveException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PriceArchiveException(String message) {
    super(message);
  }

  public PriceArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
