package io.kilowatch.core.port;

import static java.util.Objects.requireNonNull;

/**
 * A {@link LogSource} cannot answer. The message names the log and why; the {@link Reason} lets an
 * app choose its answer (e.g. HTTP 404, 400, 503 or 500).
 */
public class LogSourceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a log could not be read. */
  public enum Reason {
    /** There is no log of that name. */
    NOT_FOUND,
    /** The name is not allowed: a path, {@code ..}, or a link leading out of the log directory. */
    REFUSED,
    /** The source cannot be read on this machine (e.g. no {@code journalctl}). */
    UNAVAILABLE,
    /** Reading failed (an I/O error, a command that failed or timed out). */
    FAILED
  }

  private final Reason reason;

  public LogSourceException(Reason reason, String message) {
    super(message);
    this.reason = requireNonNull(reason, "'reason' must not be null");
  }

  public LogSourceException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = requireNonNull(reason, "'reason' must not be null");
  }

  /** Why the log could not be read. */
  public Reason reason() {
    return reason;
  }
}
