package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one refresh of one view ended.
 *
 * @param view the view's name
 * @param status how it ended
 * @param version the view's version after the refresh (unchanged unless {@code LOADED})
 * @param took how long the load ran, by the view's clock (zero if it never ran)
 * @param error what went wrong, for {@code FAILED}, {@code TIMED_OUT} and {@code CANCELLED}
 */
public record RefreshOutcome(
    String view, Status status, long version, Duration took, @Nullable String error) {

  /** The ways a refresh ends. */
  public enum Status {
    /** A new value was swapped in. */
    LOADED,
    /**
     * The load returned a value equal to the current one: its fetch time (and source) were renewed,
     * its version kept, and value listeners not told.
     */
    UNCHANGED,
    /** The loader threw or returned nothing; the previous value was kept. */
    FAILED,
    /** The load outlived its timeout and was interrupted; the previous value was kept. */
    TIMED_OUT,
    /** Nothing to do: the view holds an immutable value that is never reloaded. */
    SKIPPED,
    /** The load was abandoned because the views were shutting down. */
    CANCELLED;

    /** Whether the view holds a good value after this outcome. */
    public boolean isSuccess() {
      return this == LOADED || this == UNCHANGED || this == SKIPPED;
    }
  }

  public RefreshOutcome {
    requireNonNull(view, "'view' must not be null");
    requireNonNull(status, "'status' must not be null");
    requireNonNull(took, "'took' must not be null");
    if (status.isSuccess() != (error == null)) {
      throw new IllegalArgumentException(
          "'error' must be given exactly when a refresh did not succeed, but status was "
              + status
              + " and error was "
              + error);
    }
  }

  /** What went wrong, or empty on success. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(error);
  }
}
