package io.kilowatch.pse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kilowatch.core.energy.PlnPerMwh;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.PricePeriod;
import io.kilowatch.core.port.PriceSource;
import io.kilowatch.core.port.PriceSourceException;
import io.kilowatch.core.testing.PriceSourceContract;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link PsePriceSource} against a MockWebServer: the port's contract, real recorded responses,
 * hand-made ones in the recorded shape, and every failure (acceptance 5): none yields a partial
 * day.
 */
class PsePriceSourceTest extends PriceSourceContract {

  private static final LocalDate JUNE_14 = LocalDate.of(2024, 6, 14);
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final String RECORDED_CURSOR =
      "W3siRW50aXR5TmFtZSI6ImNzZGFjLXBsbiIsIkZpZWxkTmFtZSI6ImR0aW1lX3V0YyIsIkZpZWxkVmFsdWUiOiIyMDI0LTA2LTE0IDIzOjAwOjAwIiwiRGlyZWN0aW9uIjowfV0=";

  @StartStop final MockWebServer server = new MockWebServer();

  private static final OkHttpClient CLIENT = new OkHttpClient();
  private final List<Duration> sleeps = new ArrayList<>();

  // ---- the contract ----

  @Override
  protected PriceSource sourcePublishing(PriceDay day) {
    server.enqueue(ok(PseJson.envelope(PseJson.rowsOf(day))));
    return source();
  }

  @Override
  protected PriceSource sourceWithNothingPublished() {
    server.enqueue(ok("{\"value\":[]}"));
    return source();
  }

  @Override
  protected PriceSource failingSource() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    return source();
  }

  // ---- the request ----

  @Test
  void fetch_asksForOneBusinessDayWithAPageSizeThatFitsIt() throws Exception {
    server.enqueue(ok(PseJson.envelope(juneFourteenth())));

    Optional<PriceDay> unused = source().fetch(JUNE_14);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/csdac-pln");
    assertThat(request.getUrl().queryParameter("$filter"))
        .isEqualTo("business_date eq '2024-06-14'");
    assertThat(request.getUrl().queryParameter("$first")).isEqualTo("200");
    assertThat(request.getTarget()).contains("business_date%20eq%20%272024-06-14%27");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  // ---- recorded responses ----

  @Nested
  class RecordedResponses {

    @Test
    void hourlyEraDay_returnsItsQuartersWithTheHourlyPrices() {
      server.enqueue(ok(PseJson.envelope(juneFourteenth())));

      PriceDay day = source().fetch(JUNE_14).orElseThrow();

      assertThat(day.periods()).hasSize(96);
      assertThat(day.resolution()).isEqualTo(Duration.ofMinutes(15));
      PricePeriod first = day.periods().get(0);
      assertThat(first.start()).isEqualTo(Instant.parse("2024-06-13T22:00:00Z"));
      assertThat(first.end()).isEqualTo(Instant.parse("2024-06-13T22:15:00Z"));
      assertThat(first.price()).isEqualTo(PlnPerMwh.of("941.06"));
      assertThat(day.periods().get(3).price()).isEqualTo(first.price());
      assertThat(day.periods().get(4).price()).isEqualTo(PlnPerMwh.of("414.69"));
      assertThat(day.end()).isEqualTo(Instant.parse("2024-06-14T22:00:00Z"));
    }

    @Test
    void pageHoldingTheNextDaysRows_failsNamingTheWrongBusinessDate_andIsNotPaged() {
      server.enqueue(ok(PseJson.text("csdac-pln_2024-06-14_page0.json")));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessage(
              "PSE csdac-pln for 2024-06-14: row 97 is of business_date 2024-06-15, not 2024-06-14");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void autumnDaylightSavingDay_with02aLabels_has100Periods() throws Exception {
      server.enqueue(
          ok(PseJson.envelope(PseJson.rows("rce-pln_2024-10-27_dst-fallback_value.json"))));

      PriceDay day = source("rce-pln").fetch(LocalDate.of(2024, 10, 27)).orElseThrow();

      assertThat(day.periods()).hasSize(100);
      assertThat(day.length()).isEqualTo(Duration.ofHours(25));
      ZonedDateTime twentyPastTwo = ZonedDateTime.of(2024, 10, 27, 2, 20, 0, 0, PriceDay.WARSAW);
      assertThat(day.periodAt(twentyPastTwo.toInstant()).orElseThrow().start())
          .isEqualTo(Instant.parse("2024-10-27T00:15:00Z"));
      assertThat(
              day.periodAt(twentyPastTwo.withLaterOffsetAtOverlap().toInstant())
                  .orElseThrow()
                  .start())
          .isEqualTo(Instant.parse("2024-10-27T01:15:00Z"));
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/rce-pln");
    }

    @Test
    void fifteenMinuteDay_keepsEveryQuarterWithNegativeAndZeroPrices() {
      server.enqueue(ok(PseJson.envelope(PseJson.rows("rce-pln_2025-10-05_15min_value.json"))));

      PriceDay day = source("rce-pln").fetch(LocalDate.of(2025, 10, 5)).orElseThrow();

      assertThat(day.periods()).hasSize(96);
      assertThat(day.periods().stream().filter(p -> p.price().value().signum() < 0)).hasSize(25);
      assertThat(day.periods().stream().map(PricePeriod::price).distinct()).hasSize(88);
      assertThat(day.periods().get(0).price()).isEqualTo(PlnPerMwh.of("13.42"));
    }
  }

  // ---- hand-made responses in the recorded shape ----

  @Nested
  class RecordedShape {

    @Test
    void springDaylightSavingDay_has92Periods_andItsNegativePrices() {
      server.enqueue(ok(PseJson.text("csdac-pln_2025-03-30_spring-forward.json")));

      PriceDay day = source().fetch(LocalDate.of(2025, 3, 30)).orElseThrow();

      assertThat(day.periods()).hasSize(92);
      assertThat(day.length()).isEqualTo(Duration.ofHours(23));
      assertThat(day.periods().stream().filter(p -> p.price().value().signum() < 0)).hasSize(16);
      // "02:00 - 03:15" is a quarter: 01:00-01:15 UTC
      assertThat(day.periods().get(8).start()).isEqualTo(Instant.parse("2025-03-30T01:00:00Z"));
      assertThat(day.periods().get(8).duration()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void autumnDaylightSavingDayOfTheQuarterHourMarket_has100DistinctQuarters() {
      server.enqueue(ok(PseJson.text("csdac-pln_2025-10-26_fall-back.json")));

      PriceDay day = source().fetch(LocalDate.of(2025, 10, 26)).orElseThrow();

      assertThat(day.periods()).hasSize(100);
      assertThat(day.periods().stream().map(PricePeriod::price).distinct()).hasSize(100);
    }

    @Test
    void oneRowPerHour_givesHourlyPeriods() {
      server.enqueue(ok(PseJson.text("csdac-pln_2024-07-01_hourly-rows.json")));

      PriceDay day = source().fetch(LocalDate.of(2024, 7, 1)).orElseThrow();

      assertThat(day.periods()).hasSize(24);
      assertThat(day.resolution()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void nextLinkToAnotherHost_isFollowedByItsCursorAgainstTheBaseUrl() throws Exception {
      List<ObjectNode> rows = juneFourteenth();
      server.enqueue(
          ok(
              PseJson.envelope(
                  rows.subList(0, 50),
                  "http://mpdapi03.azurewebsites.net/api/csdac-pln?$after=" + RECORDED_CURSOR)));
      server.enqueue(ok(PseJson.envelope(rows.subList(50, 96))));

      PriceDay day = source().fetch(JUNE_14).orElseThrow();

      assertThat(day.periods()).hasSize(96);
      RecordedRequest first = server.takeRequest();
      RecordedRequest second = server.takeRequest();
      assertThat(first.getUrl().queryParameter("$after")).isNull();
      assertThat(second.getUrl().host()).isEqualTo(server.getHostName());
      assertThat(second.getUrl().encodedPath()).isEqualTo("/api/csdac-pln");
      assertThat(second.getUrl().queryParameter("$after")).isEqualTo(RECORDED_CURSOR);
      assertThat(second.getUrl().queryParameter("$filter"))
          .isEqualTo("business_date eq '2024-06-14'");
    }

    @Test
    void nextLinkWithAnEmptyLastPage_stopsThere() {
      server.enqueue(
          ok(
              PseJson.envelope(
                  juneFourteenth(), "https://api.raporty.pse.pl/api/csdac-pln?$after=abc")));
      server.enqueue(ok("{\"value\":[]}"));

      assertThat(source().fetch(JUNE_14).orElseThrow().periods()).hasSize(96);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void emptyValue_meansNotPublished_andIsEmpty() {
      server.enqueue(ok("{\"value\":[]}"));

      assertThat(source().fetch(LocalDate.of(2026, 11, 24))).isEmpty();
    }
  }

  // ---- failures: each a PriceSourceException naming the problem, never a partial day ----

  @Nested
  class Failures {

    @Test
    void serverError_isRetried_andTheRetryCanSucceed() {
      server.enqueue(status(500));
      server.enqueue(ok(PseJson.envelope(juneFourteenth())));

      assertThat(source().fetch(JUNE_14).orElseThrow().periods()).hasSize(96);
      assertThat(server.getRequestCount()).isEqualTo(2);
      assertThat(sleeps).hasSize(1);
      // 2 s base delay, jitter factor 0.75
      assertThat(sleeps.get(0)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void serverErrorOnEveryAttempt_fails_afterTheRetries_withGrowingDelays() {
      for (int i = 0; i < 3; i++) {
        server.enqueue(status(500).newBuilder().body("upstream down").build());
      }

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessage(
              "PSE csdac-pln for 2024-06-14: failed after 3 attempts: HTTP 500: upstream down");
      assertThat(server.getRequestCount()).isEqualTo(3);
      assertThat(sleeps).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(3000));
    }

    @Test
    void tooManyRequests_isRetriedAfterTheServersRetryAfter() {
      server.enqueue(status(429).newBuilder().addHeader("Retry-After", "7").build());
      server.enqueue(ok(PseJson.envelope(juneFourteenth())));

      assertThat(source().fetch(JUNE_14)).isPresent();
      assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void tooManyRequests_withAnHttpDateRetryAfter_waitsUntilThen() {
      server.enqueue(
          status(429)
              .newBuilder()
              .addHeader("Retry-After", "Mon, 23 Nov 2026 12:00:20 GMT")
              .build());
      server.enqueue(ok(PseJson.envelope(juneFourteenth())));

      assertThat(source().fetch(JUNE_14)).isPresent();
      assertThat(sleeps).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void tooManyRequests_askingForTooLongAWait_failsAtOnce() {
      server.enqueue(status(429).newBuilder().addHeader("Retry-After", "3600").build());

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessage(
              "PSE csdac-pln for 2024-06-14: HTTP 429 asks to retry after 3600 s, longer than 60 s");
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(sleeps).isEmpty();
    }

    @Test
    void clientError_isNotRetried() {
      server.enqueue(
          status(400).newBuilder().body("{\"error\":\"Invalid Query Parameter: $top\"}").build());

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessage(
              "PSE csdac-pln for 2024-06-14: the PSE refused the request: HTTP 400:"
                  + " {\"error\":\"Invalid Query Parameter: $top\"}");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void notFound_isNotRetried() {
      server.enqueue(status(404));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .hasMessage("PSE csdac-pln for 2024-06-14: the PSE refused the request: HTTP 404");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void readTimeout_isRetried_andTheRetryCanSucceed() {
      server.enqueue(
          ok(PseJson.envelope(juneFourteenth()))
              .newBuilder()
              .headersDelay(2, TimeUnit.SECONDS)
              .build());
      server.enqueue(ok(PseJson.envelope(juneFourteenth())));

      assertThat(fastTimingOutSource().fetch(JUNE_14).orElseThrow().periods()).hasSize(96);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void timeoutOnEveryAttempt_fails() {
      for (int i = 0; i < 3; i++) {
        server.enqueue(ok("{\"value\":[]}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
      }

      assertThatThrownBy(() -> fastTimingOutSource().fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessageStartingWith(
              "PSE csdac-pln for 2024-06-14: failed after 3 attempts: SocketTimeoutException: ");
      assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void callTimeout_boundsAWholeResponseThatTrickles() {
      server.enqueue(
          ok(PseJson.envelope(juneFourteenth()))
              .newBuilder()
              .throttleBody(1024, 100, TimeUnit.MILLISECONDS)
              .build());
      PsePriceSource oneAttempt =
          source(
              PsePriceSource.Options.defaults()
                  .withTimeouts(
                      Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(500))
                  .withRetries(0));

      assertThatThrownBy(() -> oneAttempt.fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessageStartingWith("PSE csdac-pln for 2024-06-14: failed after 1 attempt: ")
          .hasMessageContaining("timeout");
    }

    @Test
    void garbage_isNotJson() {
      server.enqueue(ok("<html><body>Service temporarily unavailable</body></html>"));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessageStartingWith("PSE csdac-pln for 2024-06-14: the response is not JSON")
          .hasMessageContaining("<html><body>Service temporarily unavailable");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void truncatedBody_isNotJson() {
      String whole = PseJson.envelope(juneFourteenth());
      server.enqueue(ok(whole.substring(0, whole.length() / 2)));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .hasMessageStartingWith("PSE csdac-pln for 2024-06-14: the response is not JSON");
    }

    @Test
    void jsonWithoutAValueArray_isRejected() {
      server.enqueue(ok("{\"values\":[]}"));
      server.enqueue(ok("[1,2]"));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .hasMessage(
              "PSE csdac-pln for 2024-06-14: the response has no 'value' array: {\"values\":[]}");
      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .hasMessage("PSE csdac-pln for 2024-06-14: the response is not a JSON object: [1,2]");
    }

    @Test
    void missingFields_areNamedWithTheirRow() {
      assertFailsWith(row -> row.remove("dtime_utc"), "row 5 has no dtime_utc");
      assertFailsWith(row -> row.remove("csdac_pln"), "row 5 has no csdac_pln");
      assertFailsWith(row -> row.putNull("csdac_pln"), "row 5 has no csdac_pln");
      assertFailsWith(row -> row.remove("period_utc"), "row 5 has no period_utc");
      assertFailsWith(row -> row.remove("business_date"), "row 5 has no business_date");
    }

    @Test
    void malformedFields_areNamedWithTheirRow() {
      assertFailsWith(
          row -> row.put("csdac_pln", "n/a"), "row 5 has csdac_pln \"n/a\", not a number");
      assertFailsWith(
          row -> row.put("dtime_utc", "2024-06-14 01:00 UTC"),
          "row 5 has dtime_utc '2024-06-14 01:00 UTC', not yyyy-MM-dd HH:mm[:ss]");
      assertFailsWith(
          row -> row.put("period_utc", "23:00-"),
          "row 5 has period_utc '23:00-', not HH:MM - HH:MM");
      assertFailsWith(
          row -> row.put("business_date", 20240614),
          "row 5 has business_date 20240614, not a string");
    }

    @Test
    void wrongBusinessDate_isNamed() {
      assertFailsWith(
          row -> row.put("business_date", "2024-06-13"),
          "row 5 is of business_date 2024-06-13, not 2024-06-14");
    }

    @Test
    void duplicatePeriod_isNamed() {
      List<ObjectNode> rows = juneFourteenth();
      rows.add(20, rows.get(20).deepCopy());
      server.enqueue(ok(PseJson.envelope(rows)));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessageStartingWith(
              "PSE csdac-pln for 2024-06-14: the 97 rows are not a whole day: 'periods' of 2024-06-14 hold a duplicate period [2024-06-14T03:00:00Z");
    }

    @Test
    void overlappingPeriods_areNamed() {
      List<ObjectNode> rows = juneFourteenth();
      rows.get(21).put("dtime_utc", "2024-06-14 03:25:00").put("period_utc", "03:10 - 03:25");
      server.enqueue(ok(PseJson.envelope(rows)));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessageContaining("the 96 rows are not a whole day: 'periods' of 2024-06-14 overlap");
    }

    @Test
    void missingPeriod_isAGap_notAPartialDay() {
      List<ObjectNode> rows = juneFourteenth();
      rows.remove(95);
      server.enqueue(ok(PseJson.envelope(rows)));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessageContaining(
              "the 95 rows are not a whole day: 'periods' of 2024-06-14 must end at the next day's start 2024-06-14T22:00:00Z, but end at 2024-06-14T21:45:00Z");
    }

    @Test
    void nextLinkWithoutACursor_isRejected() {
      server.enqueue(
          ok(PseJson.envelope(juneFourteenth().subList(0, 50), "http://mpdapi03/api/csdac-pln")));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .hasMessage(
              "PSE csdac-pln for 2024-06-14: the nextLink has no $after cursor: http://mpdapi03/api/csdac-pln");
    }

    @Test
    void nextLinkRepeatingItsCursor_stopsPaging() {
      List<ObjectNode> rows = juneFourteenth();
      String link = "http://mpdapi03/api/csdac-pln?$after=same";
      server.enqueue(ok(PseJson.envelope(rows.subList(0, 30), link)));
      server.enqueue(ok(PseJson.envelope(rows.subList(30, 60), link)));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .hasMessage("PSE csdac-pln for 2024-06-14: the nextLink repeats cursor same");
      assertThat(server.getRequestCount()).isEqualTo(2);
    }

    private void assertFailsWith(Consumer<ObjectNode> damage, String problem) {
      List<ObjectNode> rows = juneFourteenth();
      damage.accept(rows.get(4));
      server.enqueue(ok(PseJson.envelope(rows)));

      assertThatThrownBy(() -> source().fetch(JUNE_14))
          .isInstanceOf(PriceSourceException.class)
          .hasMessage("PSE csdac-pln for 2024-06-14: " + problem);
    }
  }

  @Test
  void options_checkTheirValues() {
    PsePriceSource.Options defaults = PsePriceSource.Options.defaults();

    assertThat(defaults.report()).isEqualTo("csdac-pln");
    assertThatThrownBy(() -> defaults.withReport("CSDAC_PLN"))
        .hasMessage(
            "'report' must be lower case letters and digits joined by dashes, but was 'CSDAC_PLN'");
    assertThatThrownBy(() -> defaults.withRetries(-1))
        .hasMessage("'retries' must not be negative, but was -1");
    assertThatThrownBy(() -> defaults.withTimeouts(Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .hasMessage("'connectTimeout' must be positive, but was PT0S");
    assertThat(defaults.withReport("rce-pln").priceField()).isEqualTo("rce_pln");
  }

  private PsePriceSource source() {
    return source("csdac-pln");
  }

  private PsePriceSource source(String report) {
    return source(PsePriceSource.Options.defaults().withReport(report));
  }

  private PsePriceSource fastTimingOutSource() {
    return source(
        PsePriceSource.Options.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(250), Duration.ofSeconds(5)));
  }

  private PsePriceSource source(PsePriceSource.Options options) {
    return new PsePriceSource(
        CLIENT, server.url("/api"), options, sleeps::add, () -> 0.5, InstantSource.fixed(NOW));
  }

  private static List<ObjectNode> juneFourteenth() {
    List<ObjectNode> rows = new ArrayList<>();
    for (ObjectNode row : PseJson.rows("csdac-pln_2024-06-14_page0.json")) {
      if (row.get("business_date").asText().equals("2024-06-14")) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }
}
