package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /monthly-summary} and {@code /monthly-comparison} on a coordinator database: this month
 * one charge (5 kWh, 2.50 PLN, saved 0.50 PLN) and one wait; the previous month one charge (4 kWh,
 * 2.00 PLN, saved 0.40 PLN).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyEndpointsTest implements TestPropertyProvider {

  private final CoordinatorDatabase coordinator = CoordinatorDatabase.create();
  private final YearMonth thisMonth = YearMonth.now(CoordinatorDatabase.WARSAW);

  @Inject EmbeddedServer server;
  private ServerCalls calls;

  @Override
  public Map<String, String> getProperties() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    // This month's decisions two minutes ago (at the start of the month if it began later).
    Instant startOfMonth = thisMonth.atDay(1).atStartOfDay(CoordinatorDatabase.WARSAW).toInstant();
    Instant recent =
        now.minusSeconds(120).isBefore(startOfMonth) ? startOfMonth : now.minusSeconds(120);
    coordinator.charging(CoordinatorDatabase.charge(recent, "charge", 5.0, 2.5, 0.5, 0.8));
    coordinator.charging(CoordinatorDatabase.charge(recent.plusSeconds(60), "wait", 0, 0, 0, 0.6));
    ZonedDateTime lastMonth =
        thisMonth.minusMonths(1).atDay(10).atTime(3, 0).atZone(CoordinatorDatabase.WARSAW);
    coordinator.charging(
        CoordinatorDatabase.charge(lastMonth.toInstant(), "charge", 4.0, 2.0, 0.4, 0.9));
    return Map.of("kilowatch.config", coordinator.kilowatchConfig().toString());
  }

  @BeforeEach
  void connect() {
    calls = new ServerCalls(server);
  }

  @AfterAll
  void removeTheInstallation() {
    coordinator.close();
  }

  @Test
  void monthlySummary_withoutParameters_summarisesTheCurrentMonthInTheReferenceFields() {
    JsonNode summary = calls.ok(calls.get("/monthly-summary"));

    assertThat(summary.get("year").asInt()).isEqualTo(thisMonth.getYear());
    assertThat(summary.get("month").asInt()).isEqualTo(thisMonth.getMonthValue());
    assertThat(summary.get("month_name").asText()).isNotBlank();
    assertThat(summary.get("total_decisions").asInt()).isEqualTo(2);
    assertThat(summary.get("charging_count").asInt()).isEqualTo(1);
    assertThat(summary.get("wait_count").asInt()).isEqualTo(1);
    assertThat(summary.get("selling_count").asInt()).isZero();
    assertThat(summary.get("total_energy_kwh").asDouble()).isEqualTo(5.0);
    assertThat(summary.get("total_cost_pln").asDouble()).isEqualTo(2.5);
    assertThat(summary.get("total_savings_pln").asDouble()).isEqualTo(0.5);
    assertThat(summary.get("avg_cost_per_kwh").asDouble()).isEqualTo(0.5);
    assertThat(summary.get("savings_percentage").asDouble()).isEqualTo(16.7);
    assertThat(summary.get("avg_confidence").asDouble()).isEqualTo(0.7);
    assertThat(summary.get("energy_charged_t2_kwh").asDouble()).isEqualTo(5.0);
    assertThat(summary.get("days_with_data").asInt()).isEqualTo(1);
    assertThat(summary.get("source_breakdown").get("unknown").asInt()).isEqualTo(1);
    JsonNode day = summary.get("daily_summaries").get(0);
    assertThat(day.get("date").asText()).startsWith(thisMonth.toString());
    assertThat(day.get("price_stats").get("avg").asDouble()).isEqualTo(0.5);
    assertThat(summary.get("freshness").get("view").asText())
        .isEqualTo("monthly-summary/" + thisMonth);
    assertThat(summary.get("freshness").get("state").asText()).isEqualTo("fresh");
    assertThat(summary.get("freshness").get("source").asText()).isEqualTo("live");
  }

  @Test
  void monthlySummary_withoutRealGridImport_saysNullNotZero() {
    JsonNode summary = calls.ok(calls.get("/monthly-summary"));

    assertThat(summary.get("real_grid_import_kwh").isNull()).isTrue();
  }

  @Test
  void monthlySummary_ofTheGivenMonth_summarisesThatMonth() {
    YearMonth last = thisMonth.minusMonths(1);

    JsonNode summary =
        calls.ok(
            calls.get(
                "/monthly-summary?year=" + last.getYear() + "&month=" + last.getMonthValue()));

    assertThat(summary.get("month").asInt()).isEqualTo(last.getMonthValue());
    assertThat(summary.get("total_energy_kwh").asDouble()).isEqualTo(4.0);
    assertThat(summary.get("days_with_data").asInt()).isEqualTo(1);
  }

  @Test
  void monthlySummary_ofAMonthWithoutData_hasTheSameShapeWithZeroCountsAndNullRatios() {
    JsonNode summary = calls.ok(calls.get("/monthly-summary?year=2001&month=2"));

    assertThat(summary.get("month_name").asText()).isEqualTo("February");
    assertThat(summary.get("total_decisions").asInt()).isZero();
    assertThat(summary.get("avg_cost_per_kwh").isNull()).isTrue();
    assertThat(summary.get("daily_summaries")).isEmpty();
  }

  @Test
  void monthlySummary_badYearOrMonth_answers400NamingTheParameter() {
    assertBadRequest("/monthly-summary?year=abc", "year");
    assertBadRequest("/monthly-summary?month=13", "month");
    assertBadRequest("/monthly-summary?month=0", "month");
    assertBadRequest("/monthly-summary?year=2026&month=-1", "month");
    assertBadRequest("/monthly-comparison?year=99999", "year");
  }

  @Test
  void monthlySummary_askedAgainWithItsEtag_answers304() {
    String etag = calls.get("/monthly-summary").headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> second = calls.get("/monthly-summary", "If-None-Match", etag);

    assertThat(second.statusCode()).isEqualTo(304);
  }

  @Test
  void monthlyComparison_withoutParameters_comparesWithThePreviousMonth() {
    JsonNode comparison = calls.ok(calls.get("/monthly-comparison"));

    assertThat(comparison.get("current_month").get("month").asInt())
        .isEqualTo(thisMonth.getMonthValue());
    assertThat(comparison.get("previous_month").get("month").asInt())
        .isEqualTo(thisMonth.minusMonths(1).getMonthValue());
    assertThat(comparison.get("previous_month").get("total_energy_kwh").asDouble()).isEqualTo(4.0);
    JsonNode changes = comparison.get("changes");
    assertThat(changes.get("cost_change_pct").asDouble()).isEqualTo(25.0);
    assertThat(changes.get("energy_change_pct").asDouble()).isEqualTo(25.0);
    assertThat(changes.get("savings_change_pct").asDouble()).isEqualTo(25.0);
    assertThat(changes.get("cost_diff_pln").asDouble()).isEqualTo(0.5);
    assertThat(changes.get("energy_diff_kwh").asDouble()).isEqualTo(1.0);
    assertThat(comparison.get("timestamp").asText()).matches(".*T.*[+-]\\d\\d:\\d\\d");
    assertThat(comparison.get("freshness").get("state").asText()).isEqualTo("fresh");
  }

  @Test
  void monthlyComparison_againstAMonthWithoutData_saysNullForTheChangesNot100() {
    JsonNode changes = calls.ok(calls.get("/monthly-comparison?year=2001&month=2")).get("changes");

    assertThat(changes.get("cost_change_pct").isNull()).isTrue();
    assertThat(changes.get("cost_diff_pln").asDouble()).isEqualTo(2.5);
  }

  private void assertBadRequest(String path, String parameter) {
    HttpResponse<String> response = calls.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(calls.json(response).get("parameter").asText()).as(path).isEqualTo(parameter);
  }
}
