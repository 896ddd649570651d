package io.kilowatch.pse;

/** A PSE response that is not what was asked for; the message says what is wrong with it. */
final class BadResponseException extends Exception {

  private static final long serialVersionUID = 1L;

  BadResponseException(String message) {
    super(message);
  }

  BadResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
