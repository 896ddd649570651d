package io.kilowatch.runtime.api;

import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.runtime.KilowatchRuntime.StateOrigin;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data_source} of {@code /current-state} and {@code /status}: where the current state
 * was read and how fresh it is, as {@code <origin>_<state>}: {@code state_file_fresh}, {@code
 * state_file_stale}, {@code state_file_expired}, {@code database_fresh}, ... ({@code
 * database_fresh} and {@code database_stale} are the reference's own values for its database era);
 * {@code null} while no state was ever read.
 */
public final class DataSources {

  private DataSources() {}

  public static @Nullable String label(StateOrigin origin, Freshness state) {
    return state == Freshness.MISSING ? null : origin.label() + "_" + state.label();
  }
}
