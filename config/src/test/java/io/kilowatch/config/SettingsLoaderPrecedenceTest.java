package io.kilowatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.energy.TariffZone;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderPrecedenceTest {

  @TempDir Path dir;

  private Path file(String yaml) throws IOException {
    return Files.writeString(dir.resolve("kilowatch.yaml"), yaml);
  }

  private static final String FILE =
      """
      http:
        port: 8081
        cors-origins: [https://file.example.org]
      pse:
        base-url: https://file.example.org/api
      views:
        inverter:
          interval: 20s
      tariff:
        type: G11
      """;

  private static final Map<String, String> ENV =
      Map.of(
          "KILOWATCH_HTTP_PORT", "8082",
          "KILOWATCH_PSE_BASE_URL", "https://env.example.org/api",
          "KILOWATCH_VIEWS_INVERTER_INTERVAL", "40s",
          "KILOWATCH_HTTP_CORS_ORIGINS", "https://env.example.org, https://other.example.org");

  @Test
  void load_withNothingGiven_returnsDefaults() {
    LoadedSettings loaded = new SettingsLoader(Map.of()).load(ConfigSources.none());

    assertThat(loaded.settings()).isEqualTo(Settings.defaults());
    assertThat(loaded.warnings()).isEmpty();
  }

  @Test
  void load_whenFileSetsKeys_fileBeatsDefaults() throws IOException {
    Settings settings =
        new SettingsLoader(Map.of())
            .load(ConfigSources.none().withKilowatchFile(file(FILE)))
            .settings();

    assertThat(settings.http().port()).isEqualTo(8081);
    assertThat(settings.http().corsOrigins()).containsExactly("https://file.example.org");
    assertThat(settings.pse().baseUrl()).isEqualTo(URI.create("https://file.example.org/api"));
    assertThat(settings.views().inverter().interval()).isEqualTo(Duration.ofSeconds(20));
    assertThat(settings.tariff().type()).isEqualTo(Tariff.G11);
    assertThat(settings.http().host()).isEqualTo("127.0.0.1");
  }

  @Test
  void load_whenEnvironmentSetsKeys_environmentBeatsFile() throws IOException {
    Settings settings =
        new SettingsLoader(ENV).load(ConfigSources.none().withKilowatchFile(file(FILE))).settings();

    assertThat(settings.http().port()).isEqualTo(8082);
    assertThat(settings.http().corsOrigins())
        .containsExactly("https://env.example.org", "https://other.example.org");
    assertThat(settings.pse().baseUrl()).isEqualTo(URI.create("https://env.example.org/api"));
    assertThat(settings.views().inverter().interval()).isEqualTo(Duration.ofSeconds(40));
    assertThat(settings.tariff().type()).isEqualTo(Tariff.G11);
  }

  @Test
  void load_whenOverridesGiven_overridesBeatEnvironment() throws IOException {
    ConfigSources sources =
        ConfigSources.none()
            .withKilowatchFile(file(FILE))
            .withOverride("http.port", "8083")
            .withOverride("pse.base-url", "https://flag.example.org/api")
            .withOverride("views.inverter.interval", "50s")
            .withOverride("tariff.type", "g12as");

    Settings settings = new SettingsLoader(ENV).load(sources).settings();

    assertThat(settings.http().port()).isEqualTo(8083);
    assertThat(settings.pse().baseUrl()).isEqualTo(URI.create("https://flag.example.org/api"));
    assertThat(settings.views().inverter().interval()).isEqualTo(Duration.ofSeconds(50));
    assertThat(settings.tariff().type()).isEqualTo(Tariff.G12AS);
    assertThat(settings.http().corsOrigins())
        .containsExactly("https://env.example.org", "https://other.example.org");
  }

  @Test
  void load_whenKilowatchAndCoordinatorFilesGiven_kilowatchFileWins() throws IOException {
    Path coordinator =
        Files.writeString(
            dir.resolve("master_coordinator_config.yaml"),
            """
            web_server:
              port: 9000
              host: 0.0.0.0
            electricity_tariff:
              tariff_type: g13s
            """);

    Settings settings =
        new SettingsLoader(Map.of())
            .load(
                ConfigSources.none()
                    .withKilowatchFile(file("http:\n  port: 8081\n"))
                    .withCoordinatorFile(coordinator))
            .settings();

    assertThat(settings.http().port()).isEqualTo(8081);
    assertThat(settings.http().host()).isEqualTo("0.0.0.0");
    assertThat(settings.tariff().type()).isEqualTo(Tariff.G13S);
  }

  @Test
  void load_whenEnvironmentValueIsEmpty_leavesLowerSourceInForce() throws IOException {
    Settings settings =
        new SettingsLoader(Map.of("KILOWATCH_HTTP_PORT", ""))
            .load(ConfigSources.none().withKilowatchFile(file(FILE)))
            .settings();

    assertThat(settings.http().port()).isEqualTo(8081);
  }

  @Test
  void load_whenFileValueIsEmpty_keepsDefault() throws IOException {
    Settings settings =
        new SettingsLoader(Map.of())
            .load(ConfigSources.none().withKilowatchFile(file("http:\n  port:\n  host: ~\n")))
            .settings();

    assertThat(settings.http()).isEqualTo(Settings.defaults().http());
  }

  @Test
  void load_whenFileGivesRateTablesForOneTariff_replacesOnlyThatTariffsList() throws IOException {
    Path yaml =
        file(
            """
            tariff:
              type: G11
              rate-tables:
                G11:
                  - valid-from: 2024-01-01
                    rates: {all-hours: 0.3125}
                  - valid-from: 2026-01-01
                    rates: {all-hours: 0.4}
            """);

    TariffSettings tariff =
        new SettingsLoader(Map.of())
            .load(ConfigSources.none().withKilowatchFile(yaml))
            .settings()
            .tariff();

    assertThat(tariff.activeRateTables()).hasSize(2);
    assertThat(
            tariff
                .rateTableOn(java.time.LocalDate.of(2026, 3, 1))
                .orElseThrow()
                .rate(TariffZone.ALL_HOURS))
        .isEqualByComparingTo("0.4");
    assertThat(tariff.rateTables().get(Tariff.G12))
        .isEqualTo(Settings.defaults().tariff().rateTables().get(Tariff.G12));
  }

  @Test
  void load_whenTwoKilowatchFilesGiven_laterFileWinsAndMappingsMerge() throws IOException {
    Path first =
        Files.writeString(dir.resolve("a.yaml"), "http:\n  port: 8081\n  host: 127.0.0.2\n");
    Path second = Files.writeString(dir.resolve("b.yaml"), "http:\n  port: 8082\n");

    Settings settings =
        new SettingsLoader(Map.of())
            .load(ConfigSources.none().withKilowatchFile(first).withKilowatchFile(second))
            .settings();

    assertThat(settings.http().port()).isEqualTo(8082);
    assertThat(settings.http().host()).isEqualTo("127.0.0.2");
  }

  @Test
  void fromEnvironment_whenFileVariablesSet_namesThoseFiles() {
    ConfigSources sources =
        ConfigSources.fromEnvironment(
            Map.of(
                "KILOWATCH_CONFIG", "/etc/kilowatch.yaml",
                "KILOWATCH_COORDINATOR_CONFIG", "/opt/c/config/master_coordinator_config.yaml"));

    assertThat(sources.kilowatchFiles()).containsExactly(Path.of("/etc/kilowatch.yaml"));
    assertThat(sources.coordinatorFiles())
        .containsExactly(Path.of("/opt/c/config/master_coordinator_config.yaml"));
    assertThat(sources.overrides()).isEmpty();
  }

  @Test
  void load_whenFileVariablesSetInEnvironment_doesNotWarnAboutThem() {
    LoadedSettings loaded =
        new SettingsLoader(Map.of("KILOWATCH_CONFIG", "/nowhere.yaml")).load(ConfigSources.none());

    assertThat(loaded.warnings()).isEmpty();
  }

  @Test
  void load_whenEnvironmentHasUnknownKilowatchVariable_warnsWithClosestVariable() {
    LoadedSettings loaded =
        new SettingsLoader(Map.of("KILOWATCH_HTTP_PROT", "9000", "PATH", "/usr/bin"))
            .load(ConfigSources.none());

    assertThat(loaded.settings().http().port()).isEqualTo(8080);
    assertThat(loaded.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.source()).isEqualTo("environment variable KILOWATCH_HTTP_PROT");
              assertThat(warning.value()).isEqualTo("9000");
              assertThat(warning.message()).contains("did you mean 'KILOWATCH_HTTP_PORT'?");
            });
  }

  @Test
  void load_whenEnvironmentSetsSecretLikeUnknownVariable_masksItsValue() {
    LoadedSettings loaded =
        new SettingsLoader(Map.of("KILOWATCH_HTTP_ACESS_TOKEN", "s3cr3t-value"))
            .load(ConfigSources.none());

    assertThat(loaded.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.value()).isEqualTo("****"));
    assertThat(loaded.warnings().toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void load_whenAccessTokenFromEnvironment_keepsItSecret() {
    Settings settings =
        new SettingsLoader(Map.of("KILOWATCH_HTTP_ACCESS_TOKEN", "s3cr3t-value-long-enough"))
            .load(ConfigSources.none())
            .settings();

    assertThat(settings.http().accessToken().reveal()).isEqualTo("s3cr3t-value-long-enough");
    assertThat(settings.toString()).doesNotContain("s3cr3t").contains("accessToken=****");
  }

  @Test
  void load_whenListsGivenAsYamlAndCommaText_readBoth() throws IOException {
    Settings fromFile =
        new SettingsLoader(Map.of())
            .load(ConfigSources.none().withKilowatchFile(file("http:\n  cors-origins: ['*']\n")))
            .settings();
    Settings fromOverride =
        new SettingsLoader(Map.of())
            .load(
                ConfigSources.none().withOverride("http.cors-origins", "*, https://a.example.org"))
            .settings();

    assertThat(fromFile.http().corsOrigins()).isEqualTo(List.of("*"));
    assertThat(fromOverride.http().corsOrigins()).containsExactly("*", "https://a.example.org");
  }

  @Test
  void load_g13WithItsThreeZones_keepsEachZonesRate() throws IOException {
    Path yaml =
        file(
            """
            tariff:
              type: G13
              rate-tables:
                G13:
                  - valid-from: 2024-01-01
                    rates: {morning-peak: 0.35, afternoon-peak: 0.52, off-peak: 0.12}
                  - valid-from: 2026-01-01
                    rates: {morning-peak: 0.36, all-hours: 0.13}
            """);

    TariffSettings tariff =
        new SettingsLoader(Map.of())
            .load(ConfigSources.none().withKilowatchFile(yaml))
            .settings()
            .tariff();

    RateTable first = tariff.rateTableOn(java.time.LocalDate.of(2025, 6, 1)).orElseThrow();
    assertThat(first.rate(TariffZone.MORNING_PEAK)).isEqualByComparingTo("0.35");
    assertThat(first.rate(TariffZone.AFTERNOON_PEAK)).isEqualByComparingTo("0.52");
    assertThat(first.rate(TariffZone.OFF_PEAK)).isEqualByComparingTo("0.12");
    RateTable second = tariff.rateTableOn(java.time.LocalDate.of(2026, 6, 1)).orElseThrow();
    assertThat(second.rate(TariffZone.MORNING_PEAK)).isEqualByComparingTo("0.36");
    assertThat(second.rate(TariffZone.AFTERNOON_PEAK)).isEqualByComparingTo("0.13");
  }
}
