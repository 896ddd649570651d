package io.kilowatch.storage;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the loosely typed values of the coordinator's rows and JSON (a number, the string {@code
 * "Unknown"}, {@code NaN}, a nested object, nothing), turning everything that is not a usable
 * number or text into {@code null}. Callers fetch values by column index where they read many rows
 * (sqlite-jdbc's lookup by name costs more than the value).
 */
final class SqlValues {

  private SqlValues() {}

  /** A finite number, or null. */
  static @Nullable Double number(@Nullable Object value) {
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return Double.isFinite(d) ? d : null;
    }
    return null;
  }

  /** A number within {@code [0, 100]} (a percentage), or null. */
  static @Nullable Double percent(@Nullable Object value) {
    Double number = number(value);
    return number != null && number >= 0 && number <= 100 ? number : null;
  }

  /** The number negated (0 stays 0, never -0), or null. */
  static @Nullable Double negated(@Nullable Object value) {
    Double number = number(value);
    return number == null ? null : 0.0 - number;
  }

  /** An hour of the day 0–23, or null. */
  static @Nullable Integer hour(@Nullable Object value) {
    Double number = number(value);
    if (number == null || number != Math.rint(number) || number < 0 || number > 23) {
      return null;
    }
    return number.intValue();
  }

  /** Non-blank text, stripped, or null. */
  static @Nullable String text(@Nullable Object value) {
    if (value instanceof String text && !text.isBlank()) {
      return text.strip();
    }
    return null;
  }

  /** A tariff zone {@code T1}/{@code T2} (upper-cased), other text as written, or null. */
  static @Nullable String tariffZone(@Nullable Object value) {
    String zone = text(value);
    return zone == null ? null : zone.toUpperCase(Locale.ROOT);
  }
}
