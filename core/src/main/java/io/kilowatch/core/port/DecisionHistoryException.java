package io.kilowatch.core.port;

/** A {@link DecisionHistory} cannot be read. The message names what and why. */
public class DecisionHistoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DecisionHistoryException(String message) {
    super(message);
  }

  public DecisionHistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
