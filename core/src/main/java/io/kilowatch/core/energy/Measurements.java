package io.kilowatch.core.energy;

import org.jspecify.annotations.Nullable;

/** Checks shared by the energy records: a known measurement is a finite number. */
final class Measurements {

  private Measurements() {}

  /** Accepts {@code value} if it is null (unknown) or finite; otherwise throws naming it. */
  static void finiteOrNull(@Nullable Double value, String name) {
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "'" + name + "' must be a finite number or unknown (null), but was " + value);
    }
  }

  /** Like {@link #finiteOrNull} and also within {@code [min, max]}. */
  static void withinOrNull(@Nullable Double value, double min, double max, String name) {
    finiteOrNull(value, name);
    if (value != null && (value < min || value > max)) {
      throw new IllegalArgumentException(
          "'" + name + "' must be within [" + min + ", " + max + "], but was " + value);
    }
  }
}
