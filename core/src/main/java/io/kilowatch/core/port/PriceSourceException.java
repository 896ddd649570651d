package io.kilowatch.core.port;

/**
 * A {@link PriceSource} could not deliver a day: unreachable, refused, timed out or answered with
 * something that is not a whole, well-formed price day. The message names what was wrong (never a
 * secret).
 */
public class PriceSourceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PriceSourceException(String message) {
    super(message);
  }

  public PriceSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
