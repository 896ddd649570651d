package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;

/**
 * Everything the apps wire, as immutable values. Load it with {@link SettingsLoader}; {@link
 * #defaults()} is what an empty configuration gives.
 *
 * @param timeZone the zone of "today", tariff hours, holidays and PSE business days
 * @param paths the coordinator's files and Kilowatch's database
 * @param pse the PSE prices API
 * @param tariff the consumer price formula
 * @param views per-view refresh schedule and freshness
 * @param http the HTTP server
 * @param logging the apps' logging
 */
public record Settings(
    ZoneId timeZone,
    PathSettings paths,
    PseSettings pse,
    TariffSettings tariff,
    ViewSettings views,
    HttpSettings http,
    LoggingSettings logging) {

  public Settings {
    requireNonNull(timeZone, "'timeZone' must not be null");
    requireNonNull(paths, "'paths' must not be null");
    requireNonNull(pse, "'pse' must not be null");
    requireNonNull(tariff, "'tariff' must not be null");
    requireNonNull(views, "'views' must not be null");
    requireNonNull(http, "'http' must not be null");
    requireNonNull(logging, "'logging' must not be null");
  }

  /** The built-in defaults: every key of {@code config/README.md} at its default. */
  public static Settings defaults() {
    return SettingsAssembler.assemble(ConfigKeys.DEFAULT_VALUES);
  }
}
