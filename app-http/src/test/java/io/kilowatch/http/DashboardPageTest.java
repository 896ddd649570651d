package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.core.dashboard.ViewReport;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard page in a real headless Chromium against the real server on the generated demo
 * installation ({@link PageDemo}). The values the page must show are read from the same server's
 * JSON, from the runtime and from the installation's files. One page stays open through the tests,
 * which run in order; every test also fails on any console error, uncaught exception or failed
 * request. Screenshots of every tab at desktop and phone widths go to target/screenshots.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardPageTest implements TestPropertyProvider {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final List<String> TABS =
      List.of("overview", "decisions", "series", "prices", "logs", "cache");

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
  private static final String MASTER_LOG = "master_coordinator.log";

  /** The demo installation's folder, removed after the class (and its server) is done. */
  @TempDir static Path folder;

  private PageDemo demo;

  @Inject EmbeddedServer server;
  @Inject KilowatchRuntime runtime;
  @Inject ShiftedClock clock;

  private ServerCalls calls;
  private HeadlessChromium chromium;
  private BrowserPage page;

  @Override
  public Map<String, String> getProperties() {
    demo = PageDemo.writeForShiftedClock(folder);
    return demo.properties("DashboardPageTest");
  }

  @BeforeAll
  void openThePage() throws Exception {
    // The current state takes the price of the moment from today's prices, which may load after
    // it at start; it then has its price from its next load. Load it again once they are in.
    await().atMost(Duration.ofSeconds(30)).until(() -> runtime.prices().today().isPresent());
    runtime.dashboard().refreshAll();
    calls = new ServerCalls(server);
    chromium = HeadlessChromium.start(PageDemo.ZONE, Path.of("target", "chromium.log"));
    page = chromium.newPage();
    page.viewport(1280, 800, false);
    page.open(url("/"));
    page.eval("window.kilowatchSameDocument = true");
  }

  @AfterEach
  void theConsoleHasNoErrors() {
    assertThat(page.consoleErrors()).as("console errors, exceptions, failed requests").isEmpty();
  }

  @AfterAll
  void closeTheBrowser() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @Order(1)
  void everyTab_reachedByKeyboard_showsTheDemoData() throws Exception {
    waitForPanel("overview");
    JsonNode status = json("/status");
    assertThat(page.text("#card-status .card-body"))
        .contains(status.get("coordinator_running").asBoolean() ? "Running" : "Stopped")
        .contains("Connected sqlite", status.get("log_files").size() + " ");
    JsonNode state = json("/current-state");
    assertThat(page.text("#card-current .card-body"))
        .contains(fixed(state.at("/battery/soc_percent"), 1) + " %")
        .contains(fixed(state.at("/battery/temperature_c"), 1) + " °C")
        .contains(fixed(state.at("/pricing/current_price_pln_kwh"), 4) + " PLN/kWh");
    assertThat(page.text("#card-current .meta")).isEqualTo("v" + state.at("/freshness/version"));
    JsonNode month = json("/monthly-summary");
    assertThat(page.text("#card-savings .card-body"))
        .contains(fixed(month.get("total_cost_pln"), 2) + " PLN")
        .contains(month.get("total_decisions").asInt() + " decisions");
    assertThat(page.text("#card-status .freshness")).contains("Fresh", "updated");
    assertNoPlaceholders("overview");
    screenshot("overview", "desktop");

    page.eval("document.getElementById('tab-overview').focus()");
    for (String tab : TABS.subList(1, TABS.size())) {
      page.press("ArrowRight", 39);
      page.waitFor("document.activeElement.id === 'tab-" + tab + "'");
      waitForPanel(tab);
      assertNoPlaceholders(tab);
      screenshot(tab, "desktop");
    }

    JsonNode decisions = json("/decisions?time_range=24h");
    JsonNode newest = decisions.get("decisions").get(0);
    assertThat(count("#card-decisions .decision")).isEqualTo(decisions.get("decisions").size());
    assertThat(page.text("#card-decisions .counts"))
        .contains("Total " + decisions.get("total_count").asInt());
    assertThat(page.text("#card-decisions .decision"))
        .contains(clock(newest.get("timestamp").asText()))
        .contains(newest.get("action").asText().toUpperCase(Locale.ROOT).replace('_', ' '))
        .contains(newest.get("reason").asText());

    JsonNode history = json("/historical-data");
    assertThat(count("#card-series .chart canvas")).isPositive();
    assertThat(page.text("#card-series .card-body"))
        .contains(history.get("data_points").asText())
        .contains(fixed(max(history.get("pv_power_data")), 2) + " kW");

    JsonNode today = json("/prices?include=days").get("days").get(0);
    JsonNode first = today.get("periods").get(0);
    assertThat(count("#card-prices details tbody tr")).isEqualTo(today.get("periods").size());
    assertThat(page.text("#card-prices details tbody tr"))
        .startsWith(clock(first.get("start").asText()) + "–" + clock(first.get("end").asText()))
        .contains(fixed(first.get("price"), 4));
    assertThat(count("#card-prices tr[data-mark~='cheapest']"))
        .isEqualTo(periodsIn(today.get("periods"), today.get("cheapest_window")));
    assertThat(count("#card-prices tr[data-mark~='now']")).isEqualTo(1);
    assertThat(page.text("#card-prices .card-body")).contains("Now (", "Cheapest window");
    assertThat(statValue("#card-prices", "Average"))
        .isEqualTo(fixed(today.get("average_price"), 4) + " PLN/kWh");

    List<String> logLines = Files.readAllLines(demo.log(MASTER_LOG));
    assertThat(count("#card-logs .log-lines li")).isEqualTo(Math.min(100, logLines.size()));
    assertThat(page.text("#card-logs .log-lines li:last-child"))
        .isEqualTo(logLines.get(logLines.size() - 1));
    assertThat(page.eval("document.getElementById('logs-download').getAttribute('href')").asText())
        .endsWith("logs/download/" + MASTER_LOG);
    assertThat(page.text("#card-logfiles .card-body"))
        .contains(MASTER_LOG, "enhanced_data_collector.log", "fast_charge.log");

    List<String> views =
        runtime.dashboard().cacheReport().views().stream().map(ViewReport::view).toList();
    assertThat(texts("#card-cache tbody tr[data-view] th"))
        .containsExactlyInAnyOrderElementsOf(views);
    assertThat(page.text("#card-cache tr[data-view='current-state'] td:nth-of-type(3)"))
        .isEqualTo(Long.toString(runtime.coordinator().currentState().version()));
  }

  @Test
  @Order(2)
  void everyTab_onAPhoneInTheDarkTheme_fitsTheScreenWidth() throws Exception {
    page.viewport(390, 844, true);
    page.eval("document.activeElement.blur()");
    select("theme", "dark");
    try {
      assertThat(page.eval("getComputedStyle(document.body).backgroundColor").asText())
          .isEqualTo("rgb(17, 22, 28)");
      assertThat(
              page.eval(
                      "[...document.querySelectorAll('[role=tab]')]"
                          + ".every(t => t.getBoundingClientRect().right <= window.innerWidth)")
                  .asBoolean())
          .as("every tab in sight")
          .isTrue();
      for (String tab : TABS) {
        show(tab);
        page.waitFor("document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(
                page.eval(
                        "[...document.querySelectorAll('#panel-"
                            + tab
                            + " .card')].filter(c => c.scrollWidth > c.clientWidth)"
                            + ".map(c => c.id)")
                    .toString())
            .as("cards wider than the screen on " + tab)
            .isEqualTo("[]");
        screenshot(tab, "phone");
      }
    } finally {
      select("theme", "system");
      page.viewport(1280, 800, false);
    }
  }

  @Test
  @Order(3)
  void theCurrentState_pastItsRefreshAfter_getsTheStaleBadgeWithoutAReload() throws Exception {
    show("overview");
    page.waitFor("document.querySelector('#card-current .badge').dataset.state === 'fresh'");
    String version = page.text("#card-current .meta");

    // The coordinator writes nothing new: its last reading passes views.inverter.refresh-after.
    clock.advance(Duration.ofMinutes(6));

    page.waitFor("document.querySelector('#card-current .badge').dataset.state === 'stale'");
    assertThat(page.text("#card-current .badge")).contains("Stale");
    assertThat(page.text("#card-current .age")).matches("updated [6-9] min( \\d+ s)? ago");
    assertThat(page.text("#card-current .meta")).isEqualTo(version);
    page.waitFor(
        "document.getElementById('announcer').textContent === 'Current state: data is now stale'");
    assertThat(json("/current-state").at("/freshness/state").asText()).isEqualTo("stale");
    assertThat(page.eval("window.kilowatchSameDocument").asBoolean()).isTrue();
  }

  @Test
  @Order(4)
  void aFullRefreshFromTheCacheTab_showsTheNewReadingLive() throws Exception {
    long before = runtime.coordinator().currentState().version();
    demo.installation().recordReading(clock.instant());

    show("cache");
    page.eval("document.getElementById('refresh-all').focus()");
    page.press("Enter", 13);
    page.waitFor("document.getElementById('refresh-result').textContent.startsWith('Refreshed')");
    assertThat(page.text("#refresh-result")).endsWith("all succeeded.");
    page.waitFor(
        "document.querySelector('tr[data-view=\"current-state\"] td:nth-of-type(3)')"
            + ".textContent === '"
            + (before + 1)
            + "'");

    show("overview");
    page.waitFor(metaIs("#card-current", before + 1));
    page.waitFor("document.querySelector('#card-current .badge').dataset.state === 'fresh'");
    assertThat(page.text("#card-current .age")).matches("updated [0-3] s ago");
    JsonNode state = json("/current-state");
    assertThat(page.text("#card-current .card-body"))
        .contains(fixed(state.at("/battery/soc_percent"), 1) + " %");
    assertThat(page.eval("window.kilowatchSameDocument").asBoolean()).isTrue();
  }

  @Test
  @Order(5)
  void aMonthWithoutDecisions_isSaidSo_andTheWeekOfDecisionsLoads() throws Exception {
    show("overview");
    YearMonth yearAgo = YearMonth.now(PageDemo.ZONE).minusMonths(12);
    select("savings-month", yearAgo.toString());
    String name = yearAgo.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    page.waitFor(
        "document.querySelector('#card-savings .card-body').textContent"
            + ".includes('No decisions were recorded in "
            + name
            + " "
            + yearAgo.getYear()
            + "')");
    select("savings-month", YearMonth.now(PageDemo.ZONE).toString());
    page.waitFor("document.querySelector('#card-savings .card-body').textContent.includes('PLN')");

    show("decisions");
    select("decisions-range", "7d");
    JsonNode week = json("/decisions?time_range=7d");
    page.waitFor(
        "document.querySelectorAll('#card-decisions .decision').length === "
            + week.get("decisions").size());
    assertThat(page.text("#card-decisions .counts"))
        .contains("Total " + week.get("total_count").asInt());
    assertThat(count("#card-decisions .day-group")).isBetween(7, 8);
    assertNoPlaceholders("decisions");
    select("decisions-range", "24h");
    page.waitFor(
        "document.querySelectorAll('#card-decisions .decision').length === "
            + json("/decisions?time_range=24h").get("decisions").size());
  }

  @Test
  @Order(6)
  void prices_tomorrowAndHourlyAverages_redrawFromTheSameResponse() throws Exception {
    show("prices");
    int loads = page.eval("Number(document.getElementById('card-prices').dataset.loads)").asInt();
    JsonNode days = json("/prices?include=days").get("days");

    page.eval("document.getElementById('price-hourly').click()");
    assertThat(count("#card-prices details tbody tr")).isEqualTo(days.get(0).get("hourly").size());
    page.eval("document.querySelector('input[name=\"price-day\"][value=\"1\"]').click()");
    assertThat(count("#card-prices details tbody tr")).isEqualTo(days.get(1).get("hourly").size());
    assertThat(count("#card-prices tr[data-mark~='now']")).isZero();
    page.eval("document.getElementById('price-hourly').click()");
    assertThat(count("#card-prices details tbody tr")).isEqualTo(days.get(1).get("periods").size());
    assertThat(page.text("#card-prices .card-body"))
        .contains(fixed(days.get(1).get("average_price"), 4) + " PLN/kWh");
    assertNoPlaceholders("prices");
    page.eval("document.querySelector('input[name=\"price-day\"][value=\"0\"]').click()");

    assertThat(count("#card-prices tr[data-mark~='now']")).isEqualTo(1);
    assertThat(page.eval("Number(document.getElementById('card-prices').dataset.loads)").asInt())
        .isEqualTo(loads);
  }

  @Test
  @Order(7)
  void logs_levelFilter_showsOnlyThatLevel() throws Exception {
    show("logs");
    JsonNode warnings = json("/logs?file=master&lines=100&level=WARNING");
    select("logs-level", "WARNING");
    page.eval("document.getElementById('logs-form').requestSubmit()");
    page.waitFor(
        "document.querySelector('#card-logs .hint')?.textContent.includes('level WARNING')");

    assertThat(count("#card-logs .log-lines li")).isEqualTo(warnings.get("lines").size());
    assertThat(count("#card-logs .log-lines li:not([data-level='WARNING'])")).isZero();
    assertThat(page.text("#card-logs .log-lines li:last-child"))
        .isEqualTo(warnings.get("lines").get(warnings.get("lines").size() - 1).asText());
    select("logs-level", "");
    page.eval("document.getElementById('logs-form').requestSubmit()");
    page.waitFor("!document.querySelector('#card-logs .hint')?.textContent.includes('level')");
  }

  @Test
  @Order(8)
  void logs_followLive_appendsTheLinesTheCoordinatorWrites() throws Exception {
    show("logs");
    page.eval("document.getElementById('logs-follow').click()");
    page.waitFor("document.getElementById('logs-stream').textContent.startsWith('Following live')");

    String stamp =
        LocalDateTime.now(PageDemo.ZONE)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString()
            .replace('T', ' ');
    List<String> written = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      written.add(stamp + ",000 - src.master_coordinator - INFO - page test line " + i);
    }
    Files.writeString(
        demo.log(MASTER_LOG), String.join("\n", written) + "\n", StandardOpenOption.APPEND);

    page.waitFor(
        "document.querySelector('#card-logs .log-lines li:last-child')?.textContent === "
            + BrowserPage.quote(written.get(2)));
    assertThat(page.text("#card-logs .log-lines")).contains(written.get(0), written.get(1));
    page.eval("document.getElementById('logs-follow').click()");
    assertThat(page.text("#logs-stream")).isEqualTo("Live follow stopped.");
  }

  private JsonNode json(String path) {
    return calls.ok(calls.get(path));
  }

  /** A number as the page writes it: en-GB, {@code digits} decimals, thousands separated. */
  private static String fixed(JsonNode number, int digits) {
    assertThat(number.isNumber()).as("a number: " + number).isTrue();
    return String.format(Locale.UK, "%,." + digits + "f", number.asDouble());
  }

  /** An instant of the API as the page writes a time of day: HH:MM in the demo's zone. */
  private static String clock(String instant) {
    return CLOCK.format(OffsetDateTime.parse(instant).atZoneSameInstant(PageDemo.ZONE));
  }

  private static JsonNode max(JsonNode numbers) {
    return StreamSupport.stream(numbers.spliterator(), false)
        .filter(JsonNode::isNumber)
        .max((a, b) -> Double.compare(a.asDouble(), b.asDouble()))
        .orElseThrow();
  }

  /** How many periods overlap the window. */
  private static long periodsIn(JsonNode periods, JsonNode window) {
    Instant start = instant(window.get("start"));
    Instant end = instant(window.get("end"));
    return StreamSupport.stream(periods.spliterator(), false)
        .filter(p -> instant(p.get("start")).isBefore(end) && instant(p.get("end")).isAfter(start))
        .count();
  }

  private static Instant instant(JsonNode text) {
    return OffsetDateTime.parse(text.asText()).toInstant();
  }

  private void show(String tab) throws Exception {
    page.eval("document.getElementById('tab-" + tab + "').click()");
    waitForPanel(tab);
  }

  /** Every card of the tab has loaded at least once, and its chart (if any) is drawn. */
  private void waitForPanel(String tab) {
    String panel = "document.getElementById('panel-" + tab + "')";
    page.waitFor(
        "!"
            + panel
            + ".hidden"
            + " && [..."
            + panel
            + ".querySelectorAll('.card')].every(c => Number(c.dataset.loads) > 0"
            + " && !c.hasAttribute('aria-busy'))"
            + " && [..."
            + panel
            + ".querySelectorAll('.chart')].every(c => c.querySelector('canvas'))");
  }

  /** No "Loading…", no "no data", no "undefined" or "NaN" anywhere on the tab. */
  private void assertNoPlaceholders(String tab) throws Exception {
    String panel = "#panel-" + tab;
    assertThat(count(panel + " .pending")).as("pending cards on " + tab).isZero();
    assertThat(count(panel + " .none")).as("'no data' values on " + tab).isZero();
    assertThat(count(panel + " .notice.error")).as("errors on " + tab).isZero();
    assertThat(page.text(panel)).doesNotContain("undefined", "NaN", "null", "[object");
  }

  private void screenshot(String tab, String width) throws Exception {
    page.screenshot(SCREENSHOTS.resolve(tab + "-" + width + ".png"), 2400);
  }

  private void select(String id, String value) throws Exception {
    page.eval(
        "(() => { const s = document.getElementById('"
            + id
            + "'); s.value = '"
            + value
            + "';"
            + " s.dispatchEvent(new Event('change')); })()");
  }

  private int count(String selector) throws Exception {
    return page.eval("document.querySelectorAll(" + BrowserPage.quote(selector) + ").length")
        .asInt();
  }

  /** The value of the statistic tile labelled {@code label} in {@code card}. */
  private String statValue(String card, String label) throws Exception {
    return page.eval(
            "[...document.querySelectorAll("
                + BrowserPage.quote(card + " .stat")
                + ")].find(s => s.querySelector('dt').textContent === "
                + BrowserPage.quote(label)
                + ")?.querySelector('dd').textContent.trim()")
        .asText();
  }

  private List<String> texts(String selector) throws Exception {
    JsonNode texts =
        page.eval(
            "[...document.querySelectorAll("
                + BrowserPage.quote(selector)
                + ")].map(e => e.firstChild.textContent.trim())");
    return StreamSupport.stream(texts.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static String metaIs(String card, long version) {
    return "document.querySelector('" + card + " .meta')?.textContent === 'v" + version + "'";
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }
}
