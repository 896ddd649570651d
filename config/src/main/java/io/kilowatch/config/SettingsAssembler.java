package io.kilowatch.config;

/** Builds {@link Settings} from a value for every key; the one place keys meet records. */
final class SettingsAssembler {

  private SettingsAssembler() {}

  static Settings assemble(SettingValues values) {
    return new Settings(
        values.get(ConfigKeys.TIME_ZONE),
        new PathSettings(
            values.get(ConfigKeys.COORDINATOR_ROOT),
            values.get(ConfigKeys.OUT_DIR),
            values.get(ConfigKeys.LOGS_DIR),
            values.get(ConfigKeys.DATA_DIR),
            values.get(ConfigKeys.COORDINATOR_DATABASE),
            values.get(ConfigKeys.KILOWATCH_DATABASE)),
        new PseSettings(
            values.get(ConfigKeys.PSE_BASE_URL),
            values.get(ConfigKeys.PSE_REPORT),
            values.get(ConfigKeys.PSE_CONNECT_TIMEOUT),
            values.get(ConfigKeys.PSE_READ_TIMEOUT),
            values.get(ConfigKeys.PSE_CALL_TIMEOUT),
            values.get(ConfigKeys.PSE_RETRIES),
            values.get(ConfigKeys.PSE_RETRY_DELAY),
            values.get(ConfigKeys.PSE_TOMORROW_POLL_START),
            values.get(ConfigKeys.PSE_TOMORROW_POLL_INTERVAL)),
        new TariffSettings(
            values.get(ConfigKeys.TARIFF_TYPE),
            values.get(ConfigKeys.TARIFF_SC_COMPONENT),
            values.get(ConfigKeys.TARIFF_INCLUDE_VAT),
            values.get(ConfigKeys.TARIFF_VAT_RATE),
            values.get(ConfigKeys.TARIFF_RATE_TABLES)),
        new ViewSettings(
            refresh(values, ConfigKeys.INVERTER),
            refresh(values, ConfigKeys.PRICE),
            refresh(values, ConfigKeys.METRICS),
            refresh(values, ConfigKeys.COORDINATOR_PID)),
        new HttpSettings(
            values.get(ConfigKeys.HTTP_HOST),
            values.get(ConfigKeys.HTTP_PORT),
            values.get(ConfigKeys.HTTP_ACCESS_TOKEN),
            values.get(ConfigKeys.HTTP_CORS_ORIGINS)),
        new LoggingSettings(
            values.get(ConfigKeys.LOGGING_LEVEL), values.get(ConfigKeys.LOGGING_ACCESS_LOG)));
  }

  private static RefreshSettings refresh(SettingValues values, ViewKeys view) {
    return new RefreshSettings(
        values.get(view.interval()),
        values.get(view.refreshAfter()),
        values.get(view.expireAfter()));
  }
}
