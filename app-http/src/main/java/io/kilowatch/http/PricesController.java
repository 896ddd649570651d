package io.kilowatch.http;

import io.kilowatch.core.dashboard.PriceViews;
import io.kilowatch.core.energy.ConsumerPricing;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.Pricing;
import io.kilowatch.runtime.api.PriceBodies;
import io.kilowatch.runtime.api.PricesBody;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /prices[?day=today|tomorrow|YYYY-MM-DD][&window=2h][&tariff=G12][&include=days]}: a
 * price day in final prices (see {@link PricesBody}; of the configured tariff, or of {@code
 * tariff}) with its freshness. The default body holds the reference's fields and Kilowatch's
 * current period and cheapest window (about 3 KB); {@code include=days} adds {@code days[]}, the
 * native periods of the day and of tomorrow (about 35 KB), which the page draws. The summary is
 * computed once per price-day version, current period, window, tariff and inclusion, not per
 * request. No price day held: 404, as the reference, with the reason.
 */
@Controller
final class PricesController {

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
      @QueryValue @Nullable String tariff,
      @QueryValue @Nullable String include) {
    boolean withDays = PriceBodies.includesDays(include);
    Instant now = runtime.clock().instant();
    PriceBodies.Day asked = PriceBodies.day(day, LocalDate.ofInstant(now, runtime.zone()));
    boolean today = asked == PriceBodies.Day.TODAY;
    Snapshot<PriceDay> snapshot = today ? runtime.prices().today() : runtime.prices().tomorrow();
    Duration length = PriceBodies.window(window);
    Tariff chosen = tariff == null ? null : PriceBodies.tariff(tariff);
    if (snapshot.value().isEmpty()) {
      throw new ErrorResponses.Failure(
          HttpStatus.NOT_FOUND, null, PriceBodies.unavailable(snapshot));
    }
    PriceDay priceDay = snapshot.value().get();
    Snapshot<PriceDay> next = withDays && today ? runtime.prices().tomorrow() : null;
    int periodIndex = priceDay.indexAt(now);
    String variant =
        length.toMinutes()
            + (chosen == null ? "" : "/" + chosen.name())
            + (withDays ? "/days" : "");
    // One response per period and tomorrow's version: the body changes with them, not per request.
    String name =
        (today ? PriceViews.TODAY : PriceViews.TOMORROW)
            + "@"
            + periodIndex
            + "/"
            + variant
            + "/"
            + (next == null ? 0 : next.version());
    String memoKey = asked + "/" + variant;
    Memo memo = memos.get(memoKey);
    if (memo == null || !memo.isFor(snapshot, next, periodIndex)) {
      ConsumerPricing pricing =
          chosen == null ? runtime.pricing() : Pricing.of(runtime.settings().tariff(), chosen);
      memo =
          new Memo(
              snapshot,
              next,
              periodIndex,
              PriceBodies.of(snapshot, next, withDays, pricing, now, length, runtime.zone()));
      memos.put(memoKey, memo);
    }
    PricesBody body = memo.body();
    return responses.respond(request, name, snapshot, value -> body, missing -> Map.of());
  }
}
