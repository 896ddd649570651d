package io.kilowatch.core.freshness;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The last failed load of a view: what went wrong, when, and how many loads in a row have failed.
 * The first successful load clears it.
 *
 * @param message a human-readable description; never blank
 * @param at when the failure was recorded
 * @param consecutiveFailures failed loads in a row, at least 1
 */
public record LoadError(String message, Instant at, int consecutiveFailures) {

  public LoadError {
    requireNonNull(message, "'message' must not be null");
    requireNonNull(at, "'at' must not be null");
    if (message.isBlank()) {
      throw new IllegalArgumentException("'message' must not be blank");
    }
    if (consecutiveFailures < 1) {
      throw new IllegalArgumentException(
          "'consecutiveFailures' must be at least 1, but was " + consecutiveFailures);
    }
  }

  /** The error that follows this one when the next load fails too. */
  public LoadError followedBy(String nextMessage, Instant nextAt) {
    return new LoadError(nextMessage, nextAt, consecutiveFailures + 1);
  }
}
