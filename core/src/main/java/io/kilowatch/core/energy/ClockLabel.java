package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;

/**
 * Local wall-clock labels that stay unique on daylight-saving days, in the PSE's style: {@code
 * HH:mm}, with the hour of the second pass of a repeated hour tagged {@code a} ({@code 02:15} is
 * the first pass, {@code 02a:15} the second).
 */
public final class ClockLabel {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("mm");

  private ClockLabel() {}

  /** {@code HH:mm}, or {@code HHa:mm} in the second pass of a repeated hour. */
  public static String of(ZonedDateTime time) {
    requireNonNull(time, "'time' must not be null");
    return HOUR.format(time) + (isSecondPass(time) ? "a:" : ":") + MINUTE.format(time);
  }

  /** Whether {@code time} is in the second pass of a local hour that occurs twice. */
  public static boolean isSecondPass(ZonedDateTime time) {
    ZoneOffsetTransition transition =
        time.getZone().getRules().getTransition(time.toLocalDateTime());
    return transition != null
        && transition.isOverlap()
        && time.getOffset().equals(transition.getOffsetAfter());
  }
}
