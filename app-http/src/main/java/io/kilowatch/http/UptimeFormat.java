package io.kilowatch.http;

/**
 * Uptime as the reference dashboard writes it: {@code 59s}, {@code 1m}, {@code 1m 1s}, {@code 1h},
 * {@code 1h 1m}, {@code 1d}, {@code 1d 1h}; the largest unit and, if not zero, the next one, each
 * floored.
 */
final class UptimeFormat {

  private static final long MINUTE = 60;
  private static final long HOUR = 3_600;
  private static final long DAY = 86_400;

  private UptimeFormat() {}

  /** {@code seconds} (not negative; a fraction is floored) as the reference writes it. */
  static String human(double seconds) {
    if (!(seconds >= 0)) {
      throw new IllegalArgumentException(
          "'seconds' must be a number not below 0, but was " + seconds);
    }
    long whole = (long) Math.floor(seconds);
    if (whole < MINUTE) {
      return whole + "s";
    }
    if (whole < HOUR) {
      return pair(whole / MINUTE, "m", whole % MINUTE, "s");
    }
    if (whole < DAY) {
      return pair(whole / HOUR, "h", whole % HOUR / MINUTE, "m");
    }
    return pair(whole / DAY, "d", whole % DAY / HOUR, "h");
  }

  private static String pair(long major, String majorUnit, long minor, String minorUnit) {
    return minor == 0 ? major + majorUnit : major + majorUnit + " " + minor + minorUnit;
  }
}
