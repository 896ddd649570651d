package io.kilowatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.kilowatch.core.energy.HourRange;
import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.energy.TariffZone;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinatorConfigTest {

  private static final String SHIPPED = "reference-master_coordinator_config.yaml";

  @TempDir Path root;

  /** The coordinator's shipped file, where the coordinator keeps it: {@code <root>/config/}. */
  private Path shippedFile() throws IOException {
    Path file =
        Files.createDirectories(root.resolve("config")).resolve("master_coordinator_config.yaml");
    try (InputStream in =
        Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(SHIPPED))) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path coordinatorFile(String yaml) throws IOException {
    return Files.writeString(root.resolve("master_coordinator_config.yaml"), yaml);
  }

  private static LoadedSettings load(Path coordinatorFile) {
    return new SettingsLoader(Map.of())
        .load(ConfigSources.none().withCoordinatorFile(coordinatorFile));
  }

  @Test
  void load_withShippedCoordinatorFile_mapsWebServerSection() throws IOException {
    Settings settings = load(shippedFile()).settings();

    assertThat(settings.http().host()).isEqualTo("0.0.0.0");
    assertThat(settings.http().port()).isEqualTo(8080);
    assertThat(settings.http().corsOrigins()).containsExactly("*");
    assertThat(settings.http().accessToken()).isEqualTo(Secret.NONE);
    assertThat(settings.views().inverter().interval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.views().price().interval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.views().metrics().interval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.views().coordinatorPid().interval()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void load_withShippedCoordinatorFile_mapsElectricityTariffSection() throws IOException {
    TariffSettings tariff = load(shippedFile()).settings().tariff();

    assertThat(tariff.type()).isEqualTo(Tariff.G12);
    assertThat(tariff.scComponent()).isEqualByComparingTo("0.0892");
    assertThat(tariff.rateTables()).isEqualTo(DefaultRates.ALL);
    RateTable g12 = tariff.activeRateTables().get(0);
    assertThat(g12.peakHours()).containsExactly(new HourRange(7, 13), new HourRange(15, 22));
    assertThat(g12.rate(TariffZone.PEAK)).isEqualByComparingTo("0.3566");
    assertThat(g12.rate(TariffZone.OFF_PEAK)).isEqualByComparingTo("0.0749");
    assertThat(tariff.rateTables().get(Tariff.G13S).get(0).rate(TariffZone.FREE_DAYS))
        .isEqualByComparingTo("0.110");
    assertThat(
            tariff.rateTables().get(Tariff.G14DYNAMIC).get(0).rate(TariffZone.REQUIRED_REDUCTION))
        .isEqualByComparingTo("2.8931");
  }

  @Test
  void load_withShippedCoordinatorFile_mapsPriceAnalysisAndDataStorageSections()
      throws IOException {
    Settings settings = load(shippedFile()).settings();

    assertThat(settings.pse().baseUrl()).isEqualTo(URI.create("https://api.raporty.pse.pl/api"));
    assertThat(settings.pse().report()).isEqualTo("csdac-pln");
    assertThat(settings.pse().callTimeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.paths().coordinatorRoot()).isEqualTo(root.toAbsolutePath().normalize());
    assertThat(settings.paths().coordinatorDatabase()).isEqualTo(Path.of("data/goodwe_energy.db"));
    assertThat(settings.paths().resolvedCoordinatorDatabase())
        .isEqualTo(root.toAbsolutePath().normalize().resolve("data/goodwe_energy.db"));
    assertThat(settings.paths().resolvedOutDir())
        .isEqualTo(root.toAbsolutePath().normalize().resolve("out"));
  }

  @Test
  void load_withShippedCoordinatorFile_leavesEverythingElseAtDefaults() throws IOException {
    Settings settings = load(shippedFile()).settings();
    Settings defaults = Settings.defaults();

    assertThat(settings.timeZone()).isEqualTo(defaults.timeZone());
    assertThat(settings.logging()).isEqualTo(defaults.logging());
    assertThat(settings.pse().connectTimeout()).isEqualTo(defaults.pse().connectTimeout());
    assertThat(settings.pse().tomorrowPollStart()).isEqualTo(defaults.pse().tomorrowPollStart());
    assertThat(settings.views().inverter().refreshAfter())
        .isEqualTo(defaults.views().inverter().refreshAfter());
    assertThat(settings.paths().kilowatchDatabase())
        .isEqualTo(defaults.paths().kilowatchDatabase());
  }

  @Test
  void load_withShippedCoordinatorFile_warnsOnlyAboutOpenServerAndSharedPort() throws IOException {
    List<ConfigProblem> warnings = load(shippedFile()).warnings();

    assertThat(warnings).hasSize(2);
    assertThat(warnings)
        .anySatisfy(
            w -> {
              assertThat(w.keyPath()).isEqualTo("web_server.host");
              assertThat(w.source()).contains("master_coordinator_config.yaml:");
              assertThat(w.message()).contains("without an access token");
            })
        .anySatisfy(
            w -> {
              assertThat(w.keyPath()).isEqualTo("web_server.port");
              assertThat(w.message()).contains("web_server.enabled: false");
            });
  }

  @Test
  void load_whenCoordinatorFileHasUnknownSectionsAndKeys_ignoresThemSilently() throws IOException {
    Path file =
        coordinatorFile(
            """
            inverter: {ip_address: 192.168.1.10, model: GW10K-ET}
            battery_selling: {enabled: true, min_soc: "not a number"}
            logging: {level: DEBUG, file: /var/log/x.log}
            web_server:
              enabled: false
              port: 8090
              api_timeout_seconds: 60
              cache_staleness_threshold_seconds: [not, read]
              something_new: true
            price_analysis:
              update_interval_minutes: 60
              price_thresholds: {very_low: 200}
            """);

    LoadedSettings loaded = load(file);

    assertThat(loaded.settings().http().port()).isEqualTo(8090);
    assertThat(loaded.settings().logging()).isEqualTo(Settings.defaults().logging());
    assertThat(loaded.warnings()).isEmpty();
  }

  @Test
  void load_whenCoordinatorFileIsOutsideConfigFolder_usesItsFolderAsRoot() throws IOException {
    Path file = coordinatorFile("web_server: {port: 8090}\n");

    assertThat(load(file).settings().paths().coordinatorRoot())
        .isEqualTo(root.toAbsolutePath().normalize());
  }

  @Test
  void load_whenCoordinatorValueHasWrongType_namesCoordinatorKeyAndKilowatchKey()
      throws IOException {
    Path file = coordinatorFile("web_server:\n  port: eighty\n");

    assertThatExceptionOfType(ConfigException.class)
        .isThrownBy(() -> load(file))
        .satisfies(
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.source()).endsWith("master_coordinator_config.yaml:2:3");
                          assertThat(p.keyPath()).isEqualTo("web_server.port");
                          assertThat(p.value()).isEqualTo("eighty");
                          assertThat(p.message())
                              .contains("whole number")
                              .contains("(sets http.port)");
                        }));
  }

  @Test
  void load_whenCoordinatorIntervalIsBelowClamp_clampsWithWarningAtCoordinatorKey()
      throws IOException {
    Path file =
        coordinatorFile(
            "web_server:\n  enabled: false\n  background_refresh_interval_seconds: 5\n");

    LoadedSettings loaded = load(file);

    assertThat(loaded.settings().views().inverter().interval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(loaded.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.keyPath()).isEqualTo("web_server.background_refresh_interval_seconds");
              assertThat(w.message()).contains("below the minimum 10s; using 10s");
            });
  }

  @Test
  void load_whenCoordinatorIntervalIsNegative_reportsError() throws IOException {
    Path file = coordinatorFile("web_server:\n  price_refresh_interval_seconds: -300\n");

    assertThatExceptionOfType(ConfigException.class)
        .isThrownBy(() -> load(file))
        .satisfies(
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.keyPath())
                              .isEqualTo("web_server.price_refresh_interval_seconds");
                          assertThat(p.value()).isEqualTo("-300");
                          assertThat(p.message()).contains("must not be negative");
                        }));
  }

  @Test
  void load_whenCorsDisabledAndOtherTariffChosen_mapsBoth() throws IOException {
    Path file =
        coordinatorFile(
            """
            web_server: {cors_enabled: false, enabled: false}
            electricity_tariff:
              tariff_type: g12w
              distribution_pricing:
                g12w:
                  type: time_based
                  peak_hours: {start: 6, end: 22}
                  prices: {peak: 0.40, off_peak: 0.10}
            """);

    Settings settings = load(file).settings();

    assertThat(settings.http().corsOrigins()).isEmpty();
    assertThat(settings.tariff().type()).isEqualTo(Tariff.G12W);
    RateTable table = settings.tariff().activeRateTables().get(0);
    assertThat(table.peakHours()).containsExactly(new HourRange(6, 22));
    assertThat(table.rate(TariffZone.PEAK)).isEqualByComparingTo("0.4");
    assertThat(settings.tariff().rateTables().get(Tariff.G11))
        .isEqualTo(DefaultRates.ALL.get(Tariff.G11));
  }

  @Test
  void load_whenCoordinatorTariffBlockLacksARate_reportsMissingZoneAtBlock() throws IOException {
    Path file =
        coordinatorFile(
            """
            electricity_tariff:
              distribution_pricing:
                g12:
                  type: time_based
                  peak_hours: {start: 7, end: 22}
                  prices: {peak: 0.3566}
            """);

    assertThatExceptionOfType(ConfigException.class)
        .isThrownBy(() -> load(file))
        .satisfies(
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.keyPath())
                              .isEqualTo("electricity_tariff.distribution_pricing.g12");
                          assertThat(p.message()).contains("missing off-peak");
                        }));
  }
}
