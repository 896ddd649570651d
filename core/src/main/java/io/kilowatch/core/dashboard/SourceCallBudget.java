package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a price source may be called now, so that the views never ask more than a handful
 * of times a day: no call for a future day before the poll start time, at most one call per day
 * asked for in each poll interval, and at most a fixed number of calls per local day. Thread-safe.
 */
final class SourceCallBudget {

  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final ZoneId zone;
  private final LocalTime pollStart;
  private final Duration pollInterval;
  private final int maxCallsPerDay;
  private final Map<LocalDate, Instant> lastCall = new HashMap<>(); // guarded by this
  private LocalDate day = LocalDate.MIN; // guarded by this
  private int callsThatDay; // guarded by this

  SourceCallBudget(ZoneId zone, PriceViewSettings settings) {
    this.zone = requireNonNull(zone, "'zone' must not be null");
    this.pollStart = settings.tomorrowPollStart();
    this.pollInterval = settings.pollInterval();
    this.maxCallsPerDay = settings.maxSourceCallsPerDay();
  }

  /**
   * Takes a call for {@code businessDate} at {@code now}, if allowed.
   *
   * @return empty if the call may go ahead (it is counted), else why not
   */
  synchronized Optional<String> tryCall(LocalDate businessDate, Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(now, zone);
    LocalDate today = local.toLocalDate();
    if (!today.equals(day)) {
      day = today;
      callsThatDay = 0;
      lastCall.keySet().removeIf(date -> date.isBefore(today));
    }
    if (businessDate.isAfter(today) && local.toLocalTime().isBefore(pollStart)) {
      return Optional.of(
          "they are published in the afternoon before; asking from "
              + CLOCK_TIME.format(pollStart));
    }
    Instant last = lastCall.get(businessDate);
    if (last != null && now.isBefore(last.plus(pollInterval))) {
      return Optional.of(
          "the source was asked at "
              + clockTime(last)
              + "; asking again from "
              + clockTime(last.plus(pollInterval)));
    }
    if (callsThatDay >= maxCallsPerDay) {
      return Optional.of(
          "today's budget of " + maxCallsPerDay + " source calls is spent; asking again tomorrow");
    }
    callsThatDay++;
    lastCall.put(businessDate, now);
    return Optional.empty();
  }

  private String clockTime(Instant instant) {
    return CLOCK_TIME.format(instant.atZone(zone));
  }
}
