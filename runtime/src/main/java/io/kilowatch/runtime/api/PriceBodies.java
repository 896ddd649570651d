package io.kilowatch.runtime.api;

import io.kilowatch.core.energy.ConsumerPricing;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.PriceSummary;
import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The parameters and the body of {@code GET /prices} ({@link PricesBody}): which day, which
 * cheapest window, which tariff, each checked with a {@link BadParameterException} naming it.
 */
public final class PriceBodies {

  /** Cheapest window by default: two hours, a typical battery charge. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(2);

  private static final Pattern WINDOW = Pattern.compile("\\d{1,4}[mh]");

  /** The price days Kilowatch holds. */
  public enum Day {
    TODAY,
    TOMORROW
  }

  private PriceBodies() {}

  /**
   * The day {@code text} names: {@code today}, {@code tomorrow}, or the ISO date of either ({@code
   * today} is {@code today}'s date); {@code today} when absent.
   */
  public static Day day(@Nullable String text, LocalDate today) {
    if (text == null || text.isBlank() || text.equals("today")) {
      return Day.TODAY;
    }
    if (text.equals("tomorrow")) {
      return Day.TOMORROW;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          "day", "must be today, tomorrow or a date such as " + today + ", but was '" + text + "'");
    }
    if (date.equals(today)) {
      return Day.TODAY;
    }
    if (date.equals(today.plusDays(1))) {
      return Day.TOMORROW;
    }
    throw new BadParameterException(
        "day",
        "must be today ("
            + today
            + ") or tomorrow ("
            + today.plusDays(1)
            + "): Kilowatch holds those two price days, but was '"
            + text
            + "'");
  }

  /** Parses {@code window}: {@code 15m}, {@code 90m}, {@code 2h}; 15 minutes to 24 hours. */
  public static Duration window(@Nullable String text) {
    if ("2h".equals(text)) {
      return DEFAULT_WINDOW; // the default, asked for on every request that names no window
    }
    if (text == null || !WINDOW.matcher(text).matches()) {
      throw badWindow(text);
    }
    long amount = Long.parseLong(text.substring(0, text.length() - 1));
    Duration duration = text.endsWith("h") ? Duration.ofHours(amount) : Duration.ofMinutes(amount);
    if (duration.compareTo(Duration.ofMinutes(15)) < 0
        || duration.compareTo(Duration.ofHours(24)) > 0) {
      throw badWindow(text);
    }
    return duration;
  }

  /** The tariff {@code name} spells, any case (G11, G12, G12as, G12w, G13, G13s, G14dynamic). */
  public static Tariff tariff(String name) {
    return Tariff.fromName(name)
        .orElseThrow(
            () ->
                new BadParameterException(
                    "tariff",
                    "must be one of "
                        + Arrays.stream(Tariff.values())
                            .map(Tariff::toString)
                            .collect(Collectors.joining(", "))
                        + ", but was '"
                        + name
                        + "'"));
  }

  /**
   * Whether {@code include} asks for {@code days[]}: {@code days}, or absent / empty for not.
   *
   * @throws BadParameterException for anything else
   */
  public static boolean includesDays(@Nullable String include) {
    if (include == null || include.isEmpty()) {
      return false;
    }
    if (include.equals("days")) {
      return true;
    }
    throw new BadParameterException(
        "include",
        "must be days (or absent), but was '"
            + include.replaceAll("\\p{Cntrl}", "?").substring(0, Math.min(include.length(), 40))
            + "'");
  }

  /**
   * The body for the price day of {@code snapshot} (which must hold one) at {@code now}, in final
   * prices of {@code pricing}, with the cheapest window of {@code window}; with {@code withDays},
   * also {@code days[]}: the native periods of the day and, when given and published, of {@code
   * next} (about 35 KB; without, about 3 KB).
   *
   * @throws BadParameterException if {@code window} is not a multiple of the day's periods
   */
  public static PricesBody of(
      Snapshot<PriceDay> snapshot,
      @Nullable Snapshot<PriceDay> next,
      boolean withDays,
      ConsumerPricing pricing,
      Instant now,
      Duration window,
      ZoneId zone) {
    PriceSummary summary = summary(snapshot.value().orElseThrow(), pricing, now, window);
    List<PriceSummary> days = new ArrayList<>();
    if (withDays) {
      days.add(summary);
      if (next != null && next.value().isPresent()) {
        days.add(summary(next.value().get(), pricing, now, window));
      }
    }
    return PricesBody.of(summary, days, snapshot.source().orElse(SnapshotSource.ARCHIVE), zone);
  }

  /** Why there is no body: the message of {@code GET /prices}'s 404. */
  public static String unavailable(Snapshot<PriceDay> snapshot) {
    return snapshot
        .lastError()
        .map(last -> "No price data available. Last error: " + last.message())
        .orElse("No price data available (initializing...)");
  }

  private static PriceSummary summary(
      PriceDay day, ConsumerPricing pricing, Instant now, Duration window) {
    if (window.toMinutes() % day.resolution().toMinutes() != 0) {
      throw new BadParameterException(
          "window",
          "must be a multiple of the day's "
              + day.resolution().toMinutes()
              + "-minute periods, but was "
              + window.toMinutes()
              + " minutes");
    }
    return PriceSummary.of(day, pricing, now, window);
  }

  private static BadParameterException badWindow(@Nullable String text) {
    return new BadParameterException(
        "window", "must be a duration from 15m to 24h such as 90m or 2h, but was '" + text + "'");
  }
}
