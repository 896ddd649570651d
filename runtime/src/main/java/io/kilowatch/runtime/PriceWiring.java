package io.kilowatch.runtime;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.kilowatch.config.PseSettings;
import io.kilowatch.config.Settings;
import io.kilowatch.core.dashboard.CurrentPrice;
import io.kilowatch.core.dashboard.Dashboard;
import io.kilowatch.core.dashboard.PriceViewSettings;
import io.kilowatch.core.dashboard.PriceViews;
import io.kilowatch.core.energy.ConsumerPricing;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.port.PriceSource;
import io.kilowatch.core.port.PriceSourceException;
import io.kilowatch.pse.FilePriceArchive;
import io.kilowatch.pse.PsePriceSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Builds the price views from settings: PSE (or nothing, offline), the archive, the tariff. */
final class PriceWiring {

  private PriceWiring() {}

  /**
   * The PSE client, or a source that refuses every call when Kilowatch runs offline (demo). The
   * client is built on the first fetch, not at start: its TLS set-up costs about 150 ms of start-up
   * and many runs never call PSE (both days in the archive).
   */
  static PriceSource source(PseSettings pse, boolean offline) {
    if (offline) {
      return date -> {
        throw new PriceSourceException(
            "PSE calls are disabled (offline demo); " + date + " is not in the price archive");
      };
    }
    Supplier<PriceSource> client = Suppliers.memoize(() -> pseSource(pse));
    return date -> client.get().fetch(date);
  }

  private static PriceSource pseSource(PseSettings pse) {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .connectTimeout(pse.connectTimeout())
            .readTimeout(pse.readTimeout())
            .callTimeout(pse.callTimeout())
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain.request().newBuilder().header("User-Agent", "kilowatch").build()))
            .build();
    return new PsePriceSource(
        client,
        HttpUrl.get(pse.baseUrl().toString()),
        PsePriceSource.Options.defaults()
            .withReport(pse.report())
            .withTimeouts(pse.connectTimeout(), pse.readTimeout(), pse.callTimeout())
            .withRetries(pse.retries()));
  }

  /** Where published price days are kept: beside Kilowatch's own database. */
  static Path archiveDirectory(Settings settings) {
    return settings.paths().kilowatchDatabase().toAbsolutePath().resolveSibling("kilowatch-prices");
  }

  static PriceViews views(
      Dashboard dashboard, PriceSource source, Settings settings, InstantSource clock) {
    PseSettings pse = settings.pse();
    PriceViewSettings defaults = PriceViewSettings.defaults();
    // A load must outlive a whole PSE call with its retries.
    Duration perCall = pse.callTimeout().plus(pse.retryDelay()).multipliedBy(pse.retries() + 1L);
    Duration loadTimeout =
        perCall.compareTo(defaults.schedule().loadTimeout()) > 0
            ? perCall
            : defaults.schedule().loadTimeout();
    PriceViewSettings priceSettings =
        new PriceViewSettings(
            ViewPolicies.schedule(settings.views().price()).withLoadTimeout(loadTimeout),
            pse.tomorrowPollStart(),
            pse.tomorrowPollInterval(),
            defaults.maxSourceCallsPerDay());
    return new PriceViews(
        dashboard,
        source,
        new FilePriceArchive(archiveDirectory(settings)),
        clock,
        settings.timeZone(),
        priceSettings);
  }

  /** The final price now, from today's price day, for the current-state view. */
  static CurrentPrice currentPrice(PriceViews prices, ConsumerPricing pricing) {
    return instant -> {
      Snapshot<PriceDay> today = prices.today();
      Optional<PriceDay> day = today.value();
      if (day.isEmpty()) {
        return Optional.empty();
      }
      return day.get()
          .periodAt(instant)
          .map(period -> pricing.price(period, day.get().zone()).total().value())
          .map(BigDecimal::stripTrailingZeros);
    };
  }
}
