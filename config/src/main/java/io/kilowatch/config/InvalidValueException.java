package io.kilowatch.config;

/** A value that cannot be parsed or is not allowed; the binder adds file, key and value. */
final class InvalidValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidValueException(String message) {
    super(message);
  }
}
