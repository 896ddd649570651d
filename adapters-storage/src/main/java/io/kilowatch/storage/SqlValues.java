package io.kilowatch.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the loosely typed values of the coordinator's rows and JSON (a number, the string {@code
 * "Unknown"}, {@code NaN}, a nested object, nothing), turning everything that is not a usable
 * number or text into {@code null}.
 */
final class SqlValues {

  private SqlValues() {}

  /** A finite number, or null. */
  static @Nullable Double number(ResultSet row, String column) throws SQLException {
    Object value = row.getObject(column);
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return Double.isFinite(d) ? d : null;
    }
    return null;
  }

  /** A number within {@code [0, 100]} (a percentage), or null. */
  static @Nullable Double percent(ResultSet row, String column) throws SQLException {
    Double value = number(row, column);
    return value != null && value >= 0 && value <= 100 ? value : null;
  }

  /** The number negated (0 stays 0, never -0), or null. */
  static @Nullable Double negated(ResultSet row, String column) throws SQLException {
    Double value = number(row, column);
    return value == null ? null : 0.0 - value;
  }

  /** An hour of the day 0–23, or null. */
  static @Nullable Integer hour(ResultSet row, String column) throws SQLException {
    Double value = number(row, column);
    if (value == null || value != Math.rint(value) || value < 0 || value > 23) {
      return null;
    }
    return value.intValue();
  }

  /** Non-blank text, stripped, or null. */
  static @Nullable String text(ResultSet row, String column) throws SQLException {
    Object value = row.getObject(column);
    if (value instanceof String text && !text.isBlank()) {
      return text.strip();
    }
    return null;
  }

  /** A tariff zone {@code T1}/{@code T2} (upper-cased), other text as written, or null. */
  static @Nullable String tariffZone(ResultSet row, String column) throws SQLException {
    String zone = text(row, column);
    return zone == null ? null : zone.toUpperCase(Locale.ROOT);
  }
}
