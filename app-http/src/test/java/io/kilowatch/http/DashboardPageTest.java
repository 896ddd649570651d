package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The dashboard page in a real headless Chromium against the real server on demo data ({@link
 * DemoViews}, served by {@link DemoEndpoints}). One page stays open through the tests, which run in
 * order; every test also fails on any console error. Screenshots go to target/screenshots, first
 * paint and page weight to target/page-metrics.json.
 */
@MicronautTest(environments = "page-stand-ins")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardPageTest implements TestPropertyProvider {

  @Override
  public Map<String, String> getProperties() {
    return PageTestConfig.properties("DashboardPageTest", null);
  }

  static final Path TARGET = Path.of("target");
  static final List<String> TABS =
      List.of("overview", "decisions", "series", "prices", "logs", "cache");

  /** Requests and bytes (on the wire, and decoded) of everything the page loaded but /events. */
  static final String WEIGHT =
      """
      (() => {
        const all = [...performance.getEntriesByType('navigation'),
                     ...performance.getEntriesByType('resource')];
        const isData = (e) => e.initiatorType === 'fetch';
        const sum = (entries, f) => entries.reduce((s, e) => s + f(e), 0);
        const files = all.filter((e) => !isData(e));
        const data = all.filter(isData);
        return {
          requests: all.length,
          bytes_transferred: sum(all, (e) => e.transferSize),
          bytes_decoded: sum(all, (e) => e.decodedBodySize),
          page_files: files.length,
          page_files_transferred: sum(files, (e) => e.transferSize),
          page_files_decoded: sum(files, (e) => e.decodedBodySize),
          data_requests: data.length,
          data_transferred: sum(data, (e) => e.transferSize),
          data_decoded: sum(data, (e) => e.decodedBodySize),
          files: files.map((e) => [new URL(e.name).pathname, e.transferSize, e.decodedBodySize]),
        };
      })()""";

  @Inject EmbeddedServer server;
  @Inject KilowatchRuntime runtime;
  @Inject DemoViews demo;

  private HeadlessChromium chromium;
  private BrowserPage page;

  @BeforeAll
  void openThePage() throws Exception {
    chromium = HeadlessChromium.start(demo.zone, TARGET.resolve("chromium.log"));
    page = chromium.newPage();
    // Not served on purpose (DemoEndpoints) and asked for with a missing log file: expected 404s.
    page.allowFailedRequestsTo("/logs/files");
    page.allowFailedRequestsTo("file=fast_charge");
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
  void everyTab_reachedByKeyboard_rendersRealValues() throws Exception {
    waitForPanel("overview");
    assertThat(page.text("#card-status .card-body")).contains("Running", "4242", "1d 2h", "sqlite");
    assertThat(page.text("#card-current .card-body"))
        .contains("63.5", "3.12 kW", "870 W", "Import 1.25 kW", "2.3 / 1.8 / 2.1", "0.6123");
    assertThat(page.text("#card-savings .card-body")).contains("PLN", "kWh", "decisions");
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

    assertThat(count("#card-decisions .decision")).isEqualTo(96);
    assertThat(page.text("#card-decisions"))
        .contains("Total 96", "BATTERY SELLING", "Cheapest window of the day");
    assertThat(count("#card-series .chart canvas")).isPositive();
    assertThat(page.text("#card-series .card-body")).contains("288", "PV peak", "database");
    assertThat(count("#card-prices details tbody tr")).isEqualTo(96);
    assertThat(count("#card-prices tr[data-mark~='cheapest']"))
        .isEqualTo(DemoPrices.WINDOW_PERIODS);
    assertThat(count("#card-prices tr[data-mark~='now']")).isEqualTo(1);
    assertThat(page.text("#card-prices .card-body"))
        .contains("Now (", "Cheapest window", "Average");
    assertThat(count("#card-logs .log-lines li")).isEqualTo(DemoData.LOG_LINES);
    assertThat(page.eval("document.getElementById('logs-download').getAttribute('href')").asText())
        .endsWith("logs/download/master_coordinator.log");
    assertThat(page.text("#card-cache .card-body"))
        .contains("current-state", "decisions/7d", "prices");
  }

  @Test
  @Order(2)
  void everyTab_onAPhoneInTheDarkTheme_fitsTheScreenWidth() throws Exception {
    page.viewport(390, 844, true);
    select("theme", "dark");
    try {
      assertThat(page.eval("getComputedStyle(document.body).backgroundColor").asText())
          .isEqualTo("rgb(17, 22, 28)");
      for (String tab : TABS) {
        show(tab);
        page.waitFor("document.documentElement.scrollWidth <= window.innerWidth");
        screenshot(tab, "phone");
      }
    } finally {
      select("theme", "system");
      page.viewport(1280, 800, false);
    }
  }

  @Test
  @Order(3)
  void aViewPastItsRefreshAfter_getsTheStaleBadgeWithoutAReload() throws Exception {
    show("overview");
    demo.currentState.refreshNow().join();
    long version = demo.currentState.snapshot().version();
    page.waitFor(
        "document.querySelector('#card-current .meta')?.textContent === 'v"
            + version
            + "'"
            + " && document.querySelector('#card-current .badge').dataset.state === 'fresh'");

    page.waitFor("document.querySelector('#card-current .badge').dataset.state === 'stale'");

    assertThat(page.text("#card-current .badge")).contains("Stale");
    assertThat(page.text("#card-current .meta")).isEqualTo("v" + version);
    page.waitFor(
        "document.getElementById('announcer').textContent === 'Current state: data is now stale'");
    assertThat(page.eval("window.kilowatchSameDocument").asBoolean()).isTrue();
  }

  @Test
  @Order(4)
  void aFullRefresh_updatesVersionAndAgeLive_fromTheServerAndFromTheButton() throws Exception {
    show("overview");
    long before = demo.status.snapshot().version();

    runtime.dashboard().refreshAll();

    page.waitFor(metaIs("#card-status", before + 1));
    assertThat(page.text("#card-status .age")).matches("updated [0-2] s ago");

    show("cache");
    page.eval("document.getElementById('refresh-all').focus()");
    page.press("Enter", 13);
    page.waitFor("document.getElementById('refresh-result').textContent.startsWith('Refreshed')");
    assertThat(page.text("#refresh-result"))
        .contains("did not succeed: decisions/7d", DemoViews.DECISIONS_7D_ERROR);
    page.waitFor(
        "document.querySelector('tr[data-view=\"status\"] td:nth-of-type(3)').textContent === '"
            + (before + 2)
            + "'");
    show("overview");
    page.waitFor(metaIs("#card-status", before + 2));
    assertThat(page.text("#card-current .badge")).contains("Fresh");
    assertThat(page.eval("window.kilowatchSameDocument").asBoolean()).isTrue();
  }

  @Test
  @Order(5)
  void missingDataAndMissingEndpoints_areSaidSo_neverFilledIn() throws Exception {
    show("logs");
    assertThat(page.text("#card-logfiles")).contains("No data", "does not provide /logs/files yet");
    select("logs-file", "fast_charge");
    page.waitFor(
        "document.querySelector('#card-logs .card-errors').textContent.includes('Log file fast_charge not found')");
    select("logs-file", "master");
    page.waitFor("document.querySelectorAll('#card-logs .log-lines li').length > 0");

    show("decisions");
    select("decisions-range", "7d");
    page.waitFor(
        "document.querySelector('#card-decisions .card-body').textContent.includes('No data yet')");
    assertThat(page.text("#card-decisions .badge")).contains("No data");
    assertThat(page.text("#card-decisions .card-errors")).contains(DemoViews.DECISIONS_7D_ERROR);
    assertThat(count("#card-decisions .decision")).isZero();
    select("decisions-range", "24h");
    page.waitFor("document.querySelectorAll('#card-decisions .decision').length === 96");
  }

  @Test
  @Order(6)
  void prices_tomorrowAndHourlyAverages_redrawFromTheSameResponse() throws Exception {
    show("prices");
    int loads = page.eval("Number(document.getElementById('card-prices').dataset.loads)").asInt();

    page.eval("document.getElementById('price-hourly').click()");
    assertThat(count("#card-prices details tbody tr")).isEqualTo(24);
    page.eval("document.querySelector('input[name=\"price-day\"][value=\"1\"]').click()");
    assertThat(count("#card-prices details tbody tr")).isEqualTo(24);
    assertThat(count("#card-prices tr[data-mark~='now']")).isZero();
    page.eval("document.getElementById('price-hourly').click()");
    assertThat(count("#card-prices details tbody tr")).isEqualTo(96);
    page.eval("document.querySelector('input[name=\"price-day\"][value=\"0\"]').click()");

    assertThat(count("#card-prices tr[data-mark~='now']")).isEqualTo(1);
    assertThat(page.eval("Number(document.getElementById('card-prices').dataset.loads)").asInt())
        .isEqualTo(loads);
  }

  @Test
  @Order(7)
  void logs_followLive_appendsLinesAsTheyCome() throws Exception {
    show("logs");
    page.eval("document.getElementById('logs-follow').click()");
    page.waitFor(
        "document.querySelector('#card-logs .log-lines')?.textContent.includes('live line 3')");
    assertThat(page.text("#logs-stream")).startsWith("Following live");
    page.eval("document.getElementById('logs-follow').click()");
    assertThat(page.text("#logs-stream")).isEqualTo("Live follow stopped.");
  }

  /** Last: it reloads the page, with the browser cache off, to measure cold loads. */
  @Test
  @Order(8)
  void firstPaintAndPageWeight_areMeasured() throws Exception {
    page.cacheDisabled(true);
    List<Double> firstPaint = new ArrayList<>();
    List<Double> overviewData = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      page.open(url("/"));
      page.waitFor("performance.getEntriesByName('kilowatch-overview-data').length");
      firstPaint.add(
          page.eval("performance.getEntriesByName('first-contentful-paint')[0].startTime")
              .asDouble());
      overviewData.add(
          page.eval("performance.getEntriesByName('kilowatch-overview-data')[0].startTime")
              .asDouble());
    }
    JsonNode overview = page.eval(WEIGHT);
    for (String tab : TABS) {
      show(tab);
    }
    JsonNode allTabs = page.eval(WEIGHT);
    page.cacheDisabled(false);

    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("first_contentful_paint_ms", firstPaint);
    metrics.put("first_contentful_paint_median_ms", medianAfterTheFirst(firstPaint));
    metrics.put("overview_data_painted_ms", overviewData);
    metrics.put("overview_data_painted_median_ms", medianAfterTheFirst(overviewData));
    metrics.put("overview_weight", overview);
    metrics.put("all_tabs_weight", allTabs);
    String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(metrics);
    Files.writeString(TARGET.resolve("page-metrics.json"), json);
    System.out.println("Dashboard page metrics: " + json);
    assertThat(firstPaint).allSatisfy(ms -> assertThat(ms).isPositive());
    assertThat(allTabs.get("bytes_transferred").asLong())
        .isGreaterThan(overview.get("bytes_transferred").asLong());
  }

  /** The median of all loads but the first (which also warms the server's page path). */
  private static double medianAfterTheFirst(List<Double> values) {
    List<Double> sorted = values.subList(1, values.size()).stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
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

  /** No "Loading…" and no "no data" anywhere on the tab, except where the demo leaves data out. */
  private void assertNoPlaceholders(String tab) throws Exception {
    assertThat(count("#panel-" + tab + " .pending")).as("pending cards on " + tab).isZero();
    int noData =
        page.eval(
                "[...document.querySelectorAll('#panel-"
                    + tab
                    + " .none')]"
                    + ".filter(e => !e.closest('#card-logfiles, tr[data-view=\"decisions/7d\"]'))"
                    + ".length")
            .asInt();
    assertThat(noData).as("'no data' values on " + tab).isZero();
  }

  private void screenshot(String tab, String width) throws Exception {
    page.screenshot(TARGET.resolve("screenshots").resolve(tab + "-" + width + ".png"), 2400);
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

  private static String metaIs(String card, long version) {
    return "document.querySelector('" + card + " .meta')?.textContent === 'v" + version + "'";
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }
}
