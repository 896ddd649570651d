package io.kilowatch.core.dashboard;

/**
 * A price view could get its day neither from the archive nor from the source. The view keeps its
 * previous value and shows this message as its last error.
 */
final class PricesUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  PricesUnavailableException(String message) {
    super(message);
  }
}
