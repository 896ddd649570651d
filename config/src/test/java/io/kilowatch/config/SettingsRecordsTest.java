package io.kilowatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kilowatch.core.energy.HourRange;
import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.energy.TariffZone;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsRecordsTest {

  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

  @Test
  void refreshSettings_whenExpireAfterIsShorter_namesBothValues() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new RefreshSettings(
                    Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(1)))
        .withMessage("'expireAfter' (PT1M) must not be shorter than 'refreshAfter' (PT5M)");
  }

  @Test
  void refreshSettings_whenIntervalIsZero_refuses() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new RefreshSettings(Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(5)))
        .withMessage("'interval' must be positive, but was PT0S");
  }

  @Test
  void httpSettings_whenPortIsOutOfRange_namesIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new HttpSettings("127.0.0.1", 65_536, Secret.NONE, List.of()))
        .withMessage("'port' must be 0 to 65535, but was 65536");
  }

  @Test
  void httpSettings_toString_masksAccessToken() {
    HttpSettings http = new HttpSettings("0.0.0.0", 8080, Secret.of("hunter2"), List.of("*"));

    assertThat(http.toString()).doesNotContain("hunter2").contains("accessToken=****");
    assertThat(http.isLoopbackOnly()).isFalse();
  }

  @Test
  void pseSettings_whenBaseUrlEndsWithSlash_refuses() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new PseSettings(
                    URI.create("https://api.raporty.pse.pl/api/"),
                    "csdac-pln",
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    0,
                    Duration.ZERO,
                    LocalTime.NOON,
                    Duration.ofMinutes(15)))
        .withMessageContaining("https://api.raporty.pse.pl/api/");
  }

  @Test
  void hourRange_whenToIsNotAfterFrom_refuses() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new HourRange(13, 13))
        .withMessage("'to' must be 14 to 24 (after 'from' 13), but was 13");
    assertThat(new HourRange(7, 13).contains(12)).isTrue();
    assertThat(new HourRange(7, 13).contains(13)).isFalse();
  }

  @Test
  void rateTable_stripsTrailingZerosSoEqualRatesAreEqual() {
    RateTable written =
        RateTable.of(JAN_2024, Map.of(TariffZone.ALL_HOURS, new BigDecimal("0.110")));
    RateTable normalized =
        RateTable.of(JAN_2024, Map.of(TariffZone.ALL_HOURS, new BigDecimal("0.11")));

    assertThat(written).isEqualTo(normalized);
  }

  @Test
  void rateTable_whenRateIsNegative_namesZone() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RateTable.of(JAN_2024, Map.of(TariffZone.PEAK, new BigDecimal("-1"))))
        .withMessage("'rates' must not be negative, but PEAK was -1");
  }

  @Test
  void tariffSettings_whenActiveTariffHasNoTable_refuses() {
    Map<Tariff, List<RateTable>> onlyG11 = new EnumMap<>(Tariff.class);
    onlyG11.put(Tariff.G11, DefaultRates.ALL.get(Tariff.G11));

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new TariffSettings(
                    Tariff.G12, BigDecimal.ZERO, false, new BigDecimal("0.23"), onlyG11))
        .withMessageContaining("no rate table for the tariff in force, G12");
  }

  @Test
  void tariffSettings_whenTableLacksAZone_refuses() {
    Map<Tariff, List<RateTable>> tables = new EnumMap<>(DefaultRates.ALL);
    tables.put(
        Tariff.G11, List.of(RateTable.of(JAN_2024, Map.of(TariffZone.PEAK, BigDecimal.ONE))));

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new TariffSettings(Tariff.G11, BigDecimal.ZERO, false, BigDecimal.ZERO, tables))
        .withMessageContaining("G11 needs the rates all-hours; missing all-hours");
  }

  @Test
  void tariffSettings_rateTableOn_picksLatestTableNotAfterDay() {
    Map<Tariff, List<RateTable>> tables = new EnumMap<>(DefaultRates.ALL);
    RateTable old = RateTable.of(JAN_2024, Map.of(TariffZone.ALL_HOURS, new BigDecimal("0.3")));
    RateTable current =
        RateTable.of(LocalDate.of(2026, 1, 1), Map.of(TariffZone.ALL_HOURS, new BigDecimal("0.4")));
    tables.put(Tariff.G11, List.of(old, current));
    TariffSettings tariff =
        new TariffSettings(
            Tariff.G11, new BigDecimal("0.0892"), true, new BigDecimal("0.23"), tables);

    assertThat(tariff.rateTableOn(LocalDate.of(2023, 12, 31))).isEmpty();
    assertThat(tariff.rateTableOn(LocalDate.of(2025, 12, 31))).contains(old);
    assertThat(tariff.rateTableOn(LocalDate.of(2026, 1, 1))).contains(current);
  }

  @Test
  void tariffType_fromName_ignoresCase() {
    assertThat(Tariff.fromName("g12as")).contains(Tariff.G12AS);
    assertThat(Tariff.fromName("G14DYNAMIC")).contains(Tariff.G14DYNAMIC);
    assertThat(Tariff.fromName("G15")).isEmpty();
    assertThat(Tariff.G13S).hasToString("G13s");
  }

  @Test
  void pathSettings_resolvesCoordinatorPathsAgainstRootButKeepsAbsoluteOnes() {
    PathSettings paths =
        new PathSettings(
            Path.of("/opt/c"),
            Path.of("out"),
            Path.of("/var/log/c"),
            Path.of("data"),
            Path.of("data/goodwe_energy.db"),
            Path.of("kilowatch.db"));

    assertThat(paths.resolvedOutDir()).isEqualTo(Path.of("/opt/c/out"));
    assertThat(paths.resolvedLogsDir()).isEqualTo(Path.of("/var/log/c"));
    assertThat(paths.resolvedCoordinatorDatabase())
        .isEqualTo(Path.of("/opt/c/data/goodwe_energy.db"));
  }

  @Test
  void settingsDefaults_equalThemselvesAndPrintNoSecret() {
    assertThat(Settings.defaults()).isEqualTo(Settings.defaults());
    assertThat(Settings.defaults().toString()).contains("accessToken=(none)");
  }

  @Test
  void coordinatorProjectRoot_isParentOfConfigFolder() {
    assertThat(
            CoordinatorConfigMapper.projectRoot(
                Path.of("/opt/goodwe/config/master_coordinator_config.yaml")))
        .isEqualTo(Path.of("/opt/goodwe"));
    assertThat(CoordinatorConfigMapper.projectRoot(Path.of("/etc/goodwe/coordinator.yaml")))
        .isEqualTo(Path.of("/etc/goodwe"));
  }

  @Test
  void syntaxErrorLocator_findsKeyPathFromIndentation() {
    List<String> lines =
        List.of("http:", "  port: 8080", "  # comment", "views:", "  price:", "    interval: [");

    assertThat(SyntaxErrorLocator.keyPathAt(lines, 5)).isEqualTo("views.price.interval");
    assertThat(SyntaxErrorLocator.keyPathAt(lines, 2)).isEqualTo("http.port");
    assertThat(SyntaxErrorLocator.keyPathAt(List.of("[oops"), 0)).isEqualTo("(document)");
  }
}
