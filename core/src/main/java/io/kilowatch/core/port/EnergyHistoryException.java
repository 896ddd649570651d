package io.kilowatch.core.port;

/** An {@link EnergyHistory} cannot be read. The message names what and why. */
public class EnergyHistoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EnergyHistoryException(String message) {
    super(message);
  }

  public EnergyHistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
