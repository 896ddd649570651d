package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the dashboard page on the demo installation over loopback, in Debian's headless
 * Chromium: first paint and "Overview data painted" over {@value #LOADS} loads (after {@value
 * #WARM_UPS} not counted), as a first visit (browser cache off) and as a repeat visit (cache on,
 * every data request revalidated), and the page's weight. Prints the figures and writes them to
 * target/page-metrics.json. Not a test: its name keeps it out of {@code mvn verify}; run it with
 *
 * <pre>
 * mvn -B verify -pl app-http -am -Dtest=DashboardPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPageBenchmark implements TestPropertyProvider {

  static final int WARM_UPS = 5;
  static final int LOADS = 30;

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

  private static final String FIRST_PAINT =
      "performance.getEntriesByName('first-contentful-paint')[0].startTime";
  private static final String DATA_PAINTED =
      "performance.getEntriesByName('kilowatch-overview-data')[0].startTime";
  private static final List<String> TABS = DashboardPageTest.TABS;

  /** The demo installation's folder, removed after the class (and its server) is done. */
  @TempDir static Path folder;

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return PageDemo.write(folder, null).properties("DashboardPageBenchmark");
  }

  @Test
  void firstPaintAndPageWeight() throws Exception {
    Map<String, Object> metrics = new LinkedHashMap<>();
    try (HeadlessChromium chromium =
        HeadlessChromium.start(PageDemo.ZONE, Path.of("target", "chromium-benchmark.log"))) {
      BrowserPage page = chromium.newPage();
      page.viewport(1280, 800, false);

      page.cacheDisabled(true);
      metrics.put("first_visit", loads(page));
      JsonNode overview = page.eval(WEIGHT);
      for (String tab : TABS) {
        page.eval("document.getElementById('tab-" + tab + "').click()");
        page.waitFor(
            "[...document.querySelectorAll('#panel-"
                + tab
                + " .card')].every(c => Number(c.dataset.loads) > 0)");
      }
      JsonNode allTabs = page.eval(WEIGHT);
      metrics.put("overview_weight", overview);
      metrics.put("all_tabs_weight", allTabs);

      page.cacheDisabled(false);
      metrics.put("repeat_visit", loads(page));
      assertThat(page.consoleErrors()).isEmpty();
    }
    String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(metrics);
    Files.writeString(Path.of("target", "page-metrics.json"), json);
    System.out.println("Dashboard page metrics (target/page-metrics.json):\n" + summary(metrics));
  }

  /** Opens the page WARM_UPS + LOADS times; the paint times of the last LOADS, in ms. */
  private Map<String, Object> loads(BrowserPage page) throws Exception {
    List<Double> firstPaint = new ArrayList<>();
    List<Double> dataPainted = new ArrayList<>();
    for (int i = 0; i < WARM_UPS + LOADS; i++) {
      page.open(url("/"));
      page.waitFor("performance.getEntriesByName('kilowatch-overview-data').length");
      page.waitFor("performance.getEntriesByName('first-contentful-paint').length");
      if (i >= WARM_UPS) {
        firstPaint.add(page.eval(FIRST_PAINT).asDouble());
        dataPainted.add(page.eval(DATA_PAINTED).asDouble());
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("first_contentful_paint_ms", Percentiles.of(firstPaint));
    result.put("overview_data_painted_ms", Percentiles.of(dataPainted));
    return result;
  }

  private static String summary(Map<String, Object> metrics) {
    StringBuilder text = new StringBuilder();
    for (String visit : List.of("first_visit", "repeat_visit")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> loads = (Map<String, Object>) metrics.get(visit);
      for (Map.Entry<String, Object> measure : loads.entrySet()) {
        text.append(
            String.format(
                Locale.ROOT, "  %s %s: %s%n", visit, measure.getKey(), measure.getValue()));
      }
    }
    for (String weight : List.of("overview_weight", "all_tabs_weight")) {
      JsonNode node = (JsonNode) metrics.get(weight);
      text.append(
          String.format(
              Locale.ROOT,
              "  %s: %d requests (%d files, %d JSON), %.1f KB on the wire, %.1f KB decoded%n",
              weight,
              node.get("requests").asInt(),
              node.get("page_files").asInt(),
              node.get("data_requests").asInt(),
              node.get("bytes_transferred").asDouble() / 1024,
              node.get("bytes_decoded").asDouble() / 1024));
    }
    return text.toString();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  /** Median, 90th percentile (nearest rank), fastest and slowest of a series, and the series. */
  record Percentiles(double median, double p90, double min, double max, List<Double> all) {

    static Percentiles of(List<Double> values) {
      List<Double> sorted = values.stream().sorted().toList();
      int n = sorted.size();
      double median =
          n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
      double p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
      return new Percentiles(median, p90, sorted.get(0), sorted.get(n - 1), values);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "median %.0f ms, p90 %.0f ms (min %.0f, max %.0f, %d loads)",
          median,
          p90,
          min,
          max,
          all.size());
    }
  }
}
