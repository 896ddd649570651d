package io.kilowatch.config;

import io.kilowatch.core.energy.Tariff;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every configuration key with its type, default, range and meaning: the single source for binding,
 * environment variable names, typo suggestions and the key table in {@code config/README.md}.
 */
final class ConfigKeys {

  static final Key<ZoneId> TIME_ZONE =
      new Key<>(
          "time-zone",
          ValueTypes.zone(),
          ZoneId.of("Europe/Warsaw"),
          "zone of \"today\", tariff hours, holidays and PSE business days");

  static final Key<Path> COORDINATOR_ROOT =
      new Key<>(
          "paths.coordinator-root",
          ValueTypes.path(),
          Path.of("."),
          "the coordinator's project root; the next four are relative to it");
  static final Key<Path> OUT_DIR =
      new Key<>(
          "paths.out-dir",
          ValueTypes.path(),
          Path.of("out"),
          "the coordinator's state, decision and snapshot files");
  static final Key<Path> LOGS_DIR =
      new Key<>(
          "paths.logs-dir", ValueTypes.path(), Path.of("logs"), "the coordinator's log files");
  static final Key<Path> DATA_DIR =
      new Key<>(
          "paths.data-dir",
          ValueTypes.path(),
          Path.of("data"),
          "the coordinator's data folder (price cache)");
  static final Key<Path> COORDINATOR_DATABASE =
      new Key<>(
          "paths.coordinator-database",
          ValueTypes.path(),
          Path.of("data/goodwe_energy.db"),
          "the coordinator's SQLite database, opened read-only");
  static final Key<Path> KILOWATCH_DATABASE =
      new Key<>(
          "paths.kilowatch-database",
          ValueTypes.path(),
          Path.of("kilowatch.db"),
          "Kilowatch's own SQLite cache (snapshots; price days beside it); relative to Kilowatch's"
              + " data directory, $XDG_DATA_HOME/kilowatch or ~/.local/share/kilowatch");

  static final Key<URI> PSE_BASE_URL =
      new Key<>(
          "pse.base-url",
          ValueTypes.httpUrl(),
          URI.create("https://api.raporty.pse.pl/api"),
          "PSE reports API");
  static final Key<String> PSE_REPORT =
      new Key<>(
          "pse.report", ValueTypes.reportName(), "csdac-pln", "day-ahead price report (PLN/MWh)");
  static final Key<Duration> PSE_CONNECT_TIMEOUT =
      new Key<>(
          "pse.connect-timeout",
          ValueTypes.duration(Duration.ofSeconds(1), Duration.ofMinutes(1)),
          Duration.ofSeconds(10),
          "TCP connect timeout");
  static final Key<Duration> PSE_READ_TIMEOUT =
      new Key<>(
          "pse.read-timeout",
          ValueTypes.duration(Duration.ofSeconds(1), Duration.ofMinutes(5)),
          Duration.ofSeconds(30),
          "timeout between bytes of a response");
  static final Key<Duration> PSE_CALL_TIMEOUT =
      new Key<>(
          "pse.call-timeout",
          ValueTypes.duration(Duration.ofSeconds(1), Duration.ofMinutes(10)),
          Duration.ofSeconds(30),
          "timeout of one whole request");
  static final Key<Integer> PSE_RETRIES =
      new Key<>(
          "pse.retries",
          ValueTypes.integer(0, 10, true),
          2,
          "further attempts after a failed request");
  static final Key<Duration> PSE_RETRY_DELAY =
      new Key<>(
          "pse.retry-delay",
          ValueTypes.duration(Duration.ZERO, Duration.ofMinutes(10)),
          Duration.ofSeconds(30),
          "pause before each retry");
  static final Key<LocalTime> PSE_TOMORROW_POLL_START =
      new Key<>(
          "pse.tomorrow-poll-start",
          ValueTypes.localTime(),
          LocalTime.of(13, 30),
          "local time from which tomorrow's prices are polled (published 13:36-16:04)");
  static final Key<Duration> PSE_TOMORROW_POLL_INTERVAL =
      new Key<>(
          "pse.tomorrow-poll-interval",
          ValueTypes.duration(Duration.ofMinutes(5), Duration.ofHours(2)),
          Duration.ofMinutes(15),
          "pause between polls until tomorrow's prices are out");

  static final Key<Tariff> TARIFF_TYPE =
      new Key<>("tariff.type", ValueTypes.tariffType(), Tariff.G12, "the tariff in force");
  static final Key<BigDecimal> TARIFF_SC_COMPONENT =
      new Key<>(
          "tariff.sc-component",
          ValueTypes.decimal(BigDecimal.ZERO, BigDecimal.TEN),
          new BigDecimal("0.0892"),
          "SC component (składnik cenotwórczy), PLN/kWh net");
  static final Key<Boolean> TARIFF_INCLUDE_VAT =
      new Key<>("tariff.include-vat", ValueTypes.bool(), false, "whether shown prices include VAT");
  static final Key<BigDecimal> TARIFF_VAT_RATE =
      new Key<>(
          "tariff.vat-rate",
          ValueTypes.decimal(BigDecimal.ZERO, BigDecimal.ONE),
          new BigDecimal("0.23"),
          "VAT rate as a fraction, applied if include-vat");
  static final Key<Map<Tariff, List<RateTable>>> TARIFF_RATE_TABLES =
      new Key<>(
          "tariff.rate-tables",
          new RateTablesType(),
          DefaultRates.ALL,
          "per tariff, distribution rate tables (PLN/kWh net) with valid-from dates");

  static final ViewKeys INVERTER =
      ViewKeys.of(
          "inverter",
          "inverter readings",
          Duration.ofSeconds(30),
          Duration.ofSeconds(10),
          Duration.ofMinutes(10),
          Duration.ofMinutes(5),
          Duration.ofMinutes(10));
  static final ViewKeys PRICE =
      ViewKeys.of(
          "price",
          "prices",
          Duration.ofMinutes(5),
          Duration.ofMinutes(1),
          Duration.ofHours(1),
          Duration.ofMinutes(10),
          Duration.ofDays(1));
  static final ViewKeys METRICS =
      ViewKeys.of(
          "metrics",
          "decision metrics",
          Duration.ofMinutes(1),
          Duration.ofSeconds(30),
          Duration.ofMinutes(10),
          Duration.ofMinutes(2),
          Duration.ofMinutes(10));
  static final ViewKeys COORDINATOR_PID =
      ViewKeys.of(
          "coordinator-pid",
          "coordinator process checks",
          Duration.ofMinutes(1),
          Duration.ofSeconds(30),
          Duration.ofMinutes(5),
          Duration.ofMinutes(2),
          Duration.ofMinutes(10));

  static final Key<String> HTTP_HOST =
      new Key<>(
          "http.host",
          ValueTypes.host(),
          "127.0.0.1",
          "address to bind; 0.0.0.0 for every interface");
  static final Key<Integer> HTTP_PORT =
      new Key<>(
          "http.port",
          ValueTypes.integer(0, 65_535, false),
          8080,
          "TCP port (0 picks a free one); the coordinator's own dashboard also defaults to 8080");
  static final Key<Secret> HTTP_ACCESS_TOKEN =
      new Key<>(
          "http.access-token",
          ValueTypes.secret(),
          Secret.NONE,
          "token clients must send; empty for none; never printed");
  static final Key<List<String>> HTTP_CORS_ORIGINS =
      new Key<>(
          "http.cors-origins",
          ValueTypes.origins(),
          List.of(),
          "browser origins allowed to call the API (* for any); empty for same-origin only");

  static final Key<LogLevel> LOGGING_LEVEL =
      new Key<>(
          "logging.level",
          ValueTypes.logLevel(),
          LogLevel.INFO,
          "ERROR, WARN, INFO, DEBUG or TRACE");
  static final Key<Boolean> LOGGING_ACCESS_LOG =
      new Key<>("logging.access-log", ValueTypes.bool(), false, "one log line per HTTP request");

  /** Every key, in documentation order. */
  static final List<Key<?>> ALL = all();

  /** The built-in defaults as {@link SettingValues}. */
  static final SettingValues DEFAULT_VALUES =
      new SettingValues() {
        @Override
        public <T> T get(Key<T> key) {
          return key.defaultValue();
        }
      };

  private static final Set<String> PATHS = paths(false);
  private static final Set<String> SECTIONS = paths(true);

  private ConfigKeys() {}

  /** The key at {@code path}, if there is one. */
  static Optional<Key<?>> find(String path) {
    for (Key<?> key : ALL) {
      if (key.path().equals(path)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code path} is a section ({@code http}, {@code views.price}) holding keys. */
  static boolean isSection(String path) {
    return SECTIONS.contains(path);
  }

  /** Every key path and section path, for typo suggestions. */
  static Set<String> allPaths() {
    Set<String> all = new LinkedHashSet<>(SECTIONS);
    all.addAll(PATHS);
    return Collections.unmodifiableSet(all);
  }

  /** Every key path, without sections. */
  static Set<String> keyPaths() {
    return PATHS;
  }

  /** The names directly below {@code section} (the empty string for the top level). */
  static List<String> childrenOf(String section) {
    Set<String> children = new LinkedHashSet<>();
    for (String path : allPaths()) {
      if (KeyPaths.parent(path).equals(section)) {
        children.add(KeyPaths.last(path));
      }
    }
    return List.copyOf(children);
  }

  /** The key table of {@code config/README.md}, in Markdown. */
  static String markdownTable() {
    StringBuilder table =
        new StringBuilder("| key | environment variable | default | range | meaning |\n")
            .append("|---|---|---|---|---|\n");
    for (Key<?> key : ALL) {
      boolean yamlOnly = key.type() instanceof RateTablesType;
      String shown = key.formattedDefault();
      table
          .append("| `")
          .append(key.path())
          .append("` | ")
          .append(yamlOnly ? "(YAML only)" : "`" + key.environmentVariable() + "`")
          .append(" | ")
          .append(
              yamlOnly
                  ? "the coordinator's rates, see `kilowatch.yaml`"
                  : shown.isEmpty() || shown.equals("[]") ? "(none)" : "`" + shown + "`")
          .append(" | ")
          .append(key.type().range())
          .append(" | ")
          .append(key.meaning().replace("|", "\\|"))
          .append(" |\n");
    }
    return table.toString();
  }

  private static List<Key<?>> all() {
    List<Key<?>> all = new ArrayList<>();
    all.add(TIME_ZONE);
    all.addAll(
        List.of(
            COORDINATOR_ROOT,
            OUT_DIR,
            LOGS_DIR,
            DATA_DIR,
            COORDINATOR_DATABASE,
            KILOWATCH_DATABASE));
    all.addAll(
        List.of(
            PSE_BASE_URL,
            PSE_REPORT,
            PSE_CONNECT_TIMEOUT,
            PSE_READ_TIMEOUT,
            PSE_CALL_TIMEOUT,
            PSE_RETRIES,
            PSE_RETRY_DELAY,
            PSE_TOMORROW_POLL_START,
            PSE_TOMORROW_POLL_INTERVAL));
    all.addAll(
        List.of(
            TARIFF_TYPE,
            TARIFF_SC_COMPONENT,
            TARIFF_INCLUDE_VAT,
            TARIFF_VAT_RATE,
            TARIFF_RATE_TABLES));
    for (ViewKeys view : List.of(INVERTER, PRICE, METRICS, COORDINATOR_PID)) {
      all.addAll(view.all());
    }
    all.addAll(List.of(HTTP_HOST, HTTP_PORT, HTTP_ACCESS_TOKEN, HTTP_CORS_ORIGINS));
    all.addAll(List.of(LOGGING_LEVEL, LOGGING_ACCESS_LOG));
    return List.copyOf(all);
  }

  private static Set<String> paths(boolean sections) {
    Set<String> paths = new LinkedHashSet<>();
    for (Key<?> key : ALL) {
      if (sections) {
        for (String parent = KeyPaths.parent(key.path());
            !parent.isEmpty();
            parent = KeyPaths.parent(parent)) {
          paths.add(parent);
        }
      } else {
        paths.add(key.path());
      }
    }
    return Collections.unmodifiableSet(paths);
  }
}
