package io.kilowatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data commands on a demo installation, embedded: tables, JSON bodies and exit codes. */
class DataCommandsTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  @TempDir static Path folder;
  private static DemoInstallationFixture demo;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void writeTheDemo() throws Exception {
    demo = new DemoInstallationFixture(folder.resolve("demo"));
    Files.delete(demo.demo.root().resolve("logs/fast_charge.log"));
  }

  @Test
  void check_whenTheCoordinatorIsNotRunning_isCriticalSayingSo() {
    Cli cli = demo.run("check");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.out()).startsWith("KILOWATCH CRITICAL - coordinator not running");
    assertThat(cli.out()).contains("coordinator_running=0;;1:;0;1");
  }

  @Test
  void check_withNoCoordinatorCheck_judgesTheViewsOnly() {
    Cli cli = demo.run("check", "--no-coordinator-check");

    assertThat(cli.exitCode()).isEqualTo(0);
    assertThat(cli.out()).startsWith("KILOWATCH OK - ").doesNotContain("coordinator_running");
  }

  @Test
  void state_printsTheReadingAsATableWithItsAge() {
    Cli cli = demo.run("state");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("Reading of ").contains("(database_fresh)");
    assertThat(cli.out()).containsPattern("battery +\\d+\\.\\d %");
    assertThat(cli.out()).containsPattern("price +\\d\\.\\d{4} PLN/kWh");
    assertThat(cli.out()).containsPattern("data: fresh, [^,]+ old, live");
  }

  @Test
  void state_withJson_printsTheCurrentStateBodyWithItsFreshness() throws Exception {
    JsonNode body = json.readTree(demo.run("state", "--json").out());

    assertThat(body.get("battery").get("soc_percent").isNumber()).isTrue();
    assertThat(body.get("pricing").get("current_price_pln_kwh").isNumber()).isTrue();
    assertThat(body.get("data_source").asText()).isEqualTo("database_fresh");
    assertThat(body.get("freshness").get("view").asText()).isEqualTo("current-state");
    assertThat(body.get("freshness").get("state").asText()).isEqualTo("fresh");
  }

  @Test
  void prices_printsTheDayWithTheCurrentPeriodMarkedAndTheCheapestWindow() {
    Cli cli = demo.run("prices");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .startsWith("Prices of " + LocalDate.now(WARSAW) + ", tariff G12")
        .contains("15-minute periods");
    assertThat(cli.out()).containsPattern("(?m)^> +\\d\\d:\\d\\d +\\d\\d:\\d\\d +\\d\\.\\d{4}");
    assertThat(cli.out()).containsPattern("(?m)^ \\* +\\d\\d:\\d\\d");
    assertThat(cli.out()).containsPattern("Cheapest 2h 00m window: \\d\\d:\\d\\d-\\d\\d:\\d\\d");
    assertThat(cli.out()).doesNotContain("\u001b[");
  }

  @Test
  void prices_hourlyForTomorrowOnAnotherTariff_showsHourlyAveragesOfThatTariff() throws Exception {
    Cli table = demo.run("prices", "--date", "tomorrow", "--resolution", "1h", "--tariff", "g11");
    JsonNode body =
        json.readTree(demo.run("prices", "--date", "tomorrow", "--tariff", "G11", "--json").out());

    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("tariff G11").contains("hourly averages");
    assertThat(table.out().lines().filter(line -> line.matches("^.. +\\d\\d:00 .*"))).hasSize(24);
    assertThat(body.get("business_date").asText())
        .isEqualTo(LocalDate.now(WARSAW).plusDays(1).toString());
    assertThat(body.get("tariff").asText()).isEqualTo("G11");
    assertThat(body.get("days")).hasSize(1);
    assertThat(body.get("freshness").get("view").asText()).isEqualTo("prices-tomorrow");
  }

  @Test
  void prices_ofADayNotHeldOrAnUnknownTariff_isExit64NamingTheOption() {
    Cli day = demo.run("prices", "--date", "2020-01-01");
    Cli tariff = demo.run("prices", "--tariff", "G99");
    Cli window = demo.run("prices", "--window", "7m");

    assertThat(day.exitCode()).isEqualTo(64);
    assertThat(day.err().strip())
        .startsWith("kilowatch: --date must be today")
        .doesNotContain("\n");
    assertThat(tariff.exitCode()).isEqualTo(64);
    assertThat(tariff.err().strip()).startsWith("kilowatch: --tariff must be one of G11");
    assertThat(window.exitCode()).isEqualTo(64);
    assertThat(window.err().strip()).startsWith("kilowatch: --window must be a duration");
  }

  @Test
  void summary_ofThisMonth_printsTheFiguresAndTheDays() throws Exception {
    Cli cli = demo.run("summary");
    JsonNode body = json.readTree(demo.run("summary", "--json").out());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("Summary of ").contains("DATE ").contains("CHARGED");
    assertThat(body.get("year").asInt()).isEqualTo(YearMonth.now(WARSAW).getYear());
    assertThat(body.get("total_decisions").asInt()).isPositive();
    assertThat(body.get("daily_summaries").size()).isEqualTo(body.get("days_with_data").asInt());
  }

  @Test
  void summary_ofAMonthThatIsNone_isOneLineAndExit64() {
    Cli cli = demo.run("summary", "--month", "2026-13");

    assertThat(cli.exitCode()).isEqualTo(64);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err()).contains("--month").contains("'2026-13' is not a month");
  }

  @Test
  void summary_ofLastMonth_readsThatMonth() throws Exception {
    YearMonth last = YearMonth.now(WARSAW).minusMonths(1);

    JsonNode body = json.readTree(demo.run("summary", "--month", last.toString(), "--json").out());

    assertThat(body.get("month").asInt()).isEqualTo(last.getMonthValue());
    assertThat(body.get("total_decisions").asInt()).isPositive();
  }

  @Test
  void decisions_listTheLastDayNewestFirstWithCounts() throws Exception {
    Cli cli = demo.run("decisions");
    JsonNode body = json.readTree(demo.run("decisions", "--json").out());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).containsPattern("^\\d+ decisions in the last 24h: \\d+ charging");
    assertThat(body.get("time_range").asText()).isEqualTo("24h");
    assertThat(body.get("decisions").size()).isEqualTo(body.get("total_count").asInt());
    assertThat(body.get("decisions").get(0).get("timestamp").asText())
        .isGreaterThan(body.get("decisions").get(1).get("timestamp").asText());
  }

  @Test
  void decisions_since3Hours_keepsOnlyThoseAndRecounts() throws Exception {
    JsonNode day = json.readTree(demo.run("decisions", "--json").out());
    JsonNode recent = json.readTree(demo.run("decisions", "--since", "3h", "--json").out());

    assertThat(recent.get("decisions").size())
        .isEqualTo(recent.get("total_count").asInt())
        .isLessThan(day.get("total_count").asInt())
        .isBetween(11, 13);
    assertThat(recent.has("since")).isTrue();
  }

  @Test
  void decisions_sinceLongerThanAWeek_isExit64() {
    Cli cli = demo.run("decisions", "--since", "30d");

    assertThat(cli.exitCode()).isEqualTo(64);
    assertThat(cli.err()).startsWith("kilowatch: --since '30d' is more than 7 days ago");
  }

  @Test
  void logs_printTheLastLinesOfTheLevelAsked() throws Exception {
    Cli cli = demo.run("logs", "--lines", "5");
    Cli errors = demo.run("logs", "--lines", "3", "--level", "warning");
    JsonNode body = json.readTree(demo.run("logs", "--lines", "2", "--json").out());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out().lines()).hasSize(5);
    assertThat(errors.out().lines()).hasSize(3).allMatch(line -> line.contains("WARNING"));
    assertThat(body.get("log_file").asText()).isEqualTo("master_coordinator.log");
    assertThat(body.get("returned_lines").asInt()).isEqualTo(2);
    assertThat(body.get("lines")).hasSize(2);
  }

  @Test
  void logs_withBadInput_isExit64NamingTheOption() {
    Cli lines = demo.run("logs", "--lines", "-5");
    Cli file = demo.run("logs", "--file", "nope");
    Cli level = demo.run("logs", "--level", "loud");

    assertThat(lines.exitCode()).isEqualTo(64);
    assertThat(lines.err().strip())
        .isEqualTo("kilowatch: --lines must be a whole number from 1 to 5000, but was -5");
    assertThat(file.exitCode()).isEqualTo(64);
    assertThat(file.err()).startsWith("kilowatch: --file must be master, data");
    assertThat(level.exitCode()).isEqualTo(64);
    assertThat(level.err()).startsWith("kilowatch: --level must be ERROR");
  }

  @Test
  void logs_ofALogThatDoesNotExist_isExit66() {
    Cli cli = demo.run("logs", "--file", "fast_charge");

    assertThat(cli.exitCode()).isEqualTo(66);
    assertThat(cli.err().strip()).isEqualTo("kilowatch: Log file fast_charge not found");
  }
}
