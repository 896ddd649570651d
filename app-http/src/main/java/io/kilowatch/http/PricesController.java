package io.kilowatch.http;

import io.kilowatch.core.dashboard.PriceViews;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.PriceSummary;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /prices[?day=today|tomorrow][&window=2h][&include=days]}: a price day in final prices
 * (see {@link PricesBody}) with its freshness. The default body holds the reference's fields and
 * Kilowatch's current period and cheapest window (about 3 KB); {@code include=days} adds {@code
 * days[]}, the native periods of the day and of tomorrow (about 35 KB), which the page draws. The
 * summary is computed once per price-day version, current period and window, not per request. No
 * price day held: 404, as the reference, with the reason.
 */
@Controller
final class PricesController {

  /** Cheapest window by default: two hours, a typical battery charge. */
  static final Duration DEFAULT_WINDOW = Duration.ofHours(2);

  /** The body computed for one snapshot (by identity: a new snapshot, a new body) and period. */
  private record Memo(
      Snapshot<PriceDay> day, @Nullable Snapshot<PriceDay> next, int periodIndex, PricesBody body) {

    @SuppressWarnings("ReferenceEquality") // identity is the point: snapshots are immutable
    boolean isFor(Snapshot<PriceDay> snapshot, @Nullable Snapshot<PriceDay> following, int index) {
      return day == snapshot && next == following && periodIndex == index;
    }
  }

  private final KilowatchRuntime runtime;
  private final ViewResponses responses;
  private final Map<String, Memo> memos = new ConcurrentHashMap<>();

  PricesController(KilowatchRuntime runtime, ViewResponses responses) {
    this.runtime = runtime;
    this.responses = responses;
  }

  @Get("/prices")
  MutableHttpResponse<byte[]> prices(
      HttpRequest<?> request,
      @QueryValue(defaultValue = "today") String day,
      @QueryValue(defaultValue = "2h") String window,
      @QueryValue(defaultValue = "") String include) {
    boolean withDays = includesDays(include);
    Snapshot<PriceDay> snapshot =
        switch (day) {
          case "today" -> runtime.prices().today();
          case "tomorrow" -> runtime.prices().tomorrow();
          default ->
              throw new ErrorResponses.BadRequest(
                  "day", "parameter 'day' must be today or tomorrow, but was '" + day + "'");
        };
    Duration length = WindowParameter.parse(window);
    if (snapshot.value().isEmpty()) {
      throw new ErrorResponses.Failure(
          HttpStatus.NOT_FOUND,
          null,
          snapshot
              .lastError()
              .map(last -> "No price data available. Last error: " + last.message())
              .orElse("No price data available (initializing...)"));
    }
    PriceDay priceDay = snapshot.value().get();
    Snapshot<PriceDay> next = withDays && day.equals("today") ? runtime.prices().tomorrow() : null;
    Instant now = runtime.clock().instant();
    int periodIndex = priceDay.indexAt(now);
    // One response per period and tomorrow's version: the body changes with them, not per request.
    String name =
        (day.equals("today") ? PriceViews.TODAY : PriceViews.TOMORROW)
            + "@"
            + periodIndex
            + "/"
            + length.toMinutes()
            + (withDays ? "/days/" + (next == null ? 0 : next.version()) : "");
    String memoKey = day + "/" + length.toMinutes() + (withDays ? "/days" : "");
    Memo memo = memos.get(memoKey);
    if (memo == null || !memo.isFor(snapshot, next, periodIndex)) {
      memo =
          new Memo(
              snapshot, next, periodIndex, body(priceDay, withDays, next, snapshot, now, length));
      memos.put(memoKey, memo);
    }
    PricesBody body = memo.body();
    return responses.respond(request, name, snapshot, value -> body, missing -> Map.of());
  }

  private PricesBody body(
      PriceDay day,
      boolean withDays,
      @Nullable Snapshot<PriceDay> next,
      Snapshot<PriceDay> snapshot,
      Instant now,
      Duration window) {
    PriceSummary summary = summary(day, now, window);
    List<PriceSummary> days = new ArrayList<>();
    if (withDays) {
      days.add(summary);
      if (next != null && next.value().isPresent()) {
        days.add(summary(next.value().get(), now, window));
      }
    }
    return PricesBody.of(
        summary, days, snapshot.source().orElse(SnapshotSource.ARCHIVE), runtime.zone());
  }

  private PriceSummary summary(PriceDay day, Instant now, Duration window) {
    if (window.toMinutes() % day.resolution().toMinutes() != 0) {
      throw new ErrorResponses.BadRequest(
          "window",
          "parameter 'window' must be a multiple of the day's "
              + day.resolution().toMinutes()
              + "-minute periods, but was "
              + window.toMinutes()
              + " minutes");
    }
    return PriceSummary.of(day, runtime.pricing(), now, window);
  }

  private static boolean includesDays(String include) {
    if (include.isEmpty()) {
      return false;
    }
    if (include.equals("days")) {
      return true;
    }
    throw new ErrorResponses.BadRequest(
        "include",
        "parameter 'include' must be days (or absent), but was '"
            + LogParameters.shown(include)
            + "'");
  }

  /** Parses {@code window}: {@code 15m}, {@code 90m}, {@code 2h}; 15 minutes to 24 hours. */
  static final class WindowParameter {
    private WindowParameter() {}

    static Duration parse(@Nullable String text) {
      if (text == null || !text.matches("\\d{1,4}[mh]")) {
        throw bad(text);
      }
      long amount = Long.parseLong(text.substring(0, text.length() - 1));
      Duration duration =
          text.endsWith("h") ? Duration.ofHours(amount) : Duration.ofMinutes(amount);
      if (duration.compareTo(Duration.ofMinutes(15)) < 0
          || duration.compareTo(Duration.ofHours(24)) > 0) {
        throw bad(text);
      }
      return duration;
    }

    private static ErrorResponses.BadRequest bad(@Nullable String text) {
      return new ErrorResponses.BadRequest(
          "window",
          "parameter 'window' must be a duration from 15m to 24h such as 90m or 2h, but was '"
              + text
              + "'");
    }
  }
}
