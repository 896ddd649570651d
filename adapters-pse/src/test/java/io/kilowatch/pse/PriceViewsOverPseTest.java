package io.kilowatch.pse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.dashboard.Dashboard;
import io.kilowatch.core.dashboard.PriceViewSettings;
import io.kilowatch.core.dashboard.PriceViews;
import io.kilowatch.core.dashboard.RefreshReport;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.ManualViewRuntime;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The price views over the real adapters: {@link PsePriceSource} against a MockWebServer and a
 * {@link FilePriceArchive} in a temporary directory, on manual time.
 */
class PriceViewsOverPseTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 10, 5);
  private static final String TODAYS_RESPONSE =
      PseJson.envelope(PseJson.rows("rce-pln_2025-10-05_15min_value.json"));

  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path directory;

  private final List<String> askedFor = new CopyOnWriteArrayList<>();
  private Dashboard dashboard;

  @Test
  void aDayOfRefreshes_withTodayOnDisk_sendsNoRequestForToday() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String filter = String.valueOf(request.getUrl().queryParameter("$filter"));
            askedFor.add(filter);
            String body = filter.contains(TODAY.toString()) ? TODAYS_RESPONSE : "{\"value\":[]}";
            return new MockResponse.Builder().code(200).body(body).build();
          }
        });
    FilePriceArchive archive = new FilePriceArchive(directory);

    // a first run fetches today once and keeps it on disk
    try (ManualViewRuntime runtime = ManualViewRuntime.create()) {
      PriceViews views = start(runtime, archive, LocalTime.of(7, 0));
      assertThat(views.today().source()).contains(SnapshotSource.LIVE);
    }
    assertThat(askedFor).hasSize(1);
    assertThat(directory.resolve("2025-10-05.json")).exists();
    askedFor.clear();

    // a restarted instance then refreshes all day without asking for today
    try (ManualViewRuntime runtime = ManualViewRuntime.create()) {
      PriceViews views = start(runtime, archive, LocalTime.of(7, 1));
      PriceDay today = views.today().value().orElseThrow();
      Instant lastCheck = at(LocalTime.of(23, 50));
      while (runtime.clock().instant().isBefore(lastCheck)) {
        runtime.advance(Duration.ofMinutes(10));
        RefreshReport unused = dashboard.refreshAll();
        assertThat(views.today().value()).contains(today);
      }
      assertThat(views.today().source()).contains(SnapshotSource.ARCHIVE);
    }
    assertThat(askedFor).noneMatch(filter -> filter.contains(TODAY.toString()));
    // tomorrow is asked for from 13:30, at most every 15 minutes, within the daily budget
    assertThat(askedFor)
        .allMatch(filter -> filter.equals("business_date eq '2025-10-06'"))
        .hasSizeBetween(1, PriceViewSettings.defaults().maxSourceCallsPerDay());
  }

  /** Starts price views on {@code runtime} at {@code time} today; sets {@link #dashboard}. */
  private PriceViews start(ManualViewRuntime runtime, FilePriceArchive archive, LocalTime time) {
    runtime.clock().set(at(time));
    dashboard = new Dashboard(runtime.scheduler(), new InMemorySnapshotStore());
    PsePriceSource pse =
        new PsePriceSource(
            new OkHttpClient(),
            server.url("/api"),
            PsePriceSource.Options.defaults().withReport("rce-pln").withRetries(0));
    PriceViews views =
        new PriceViews(
            dashboard,
            pse,
            archive,
            runtime.clock(),
            PriceDay.WARSAW,
            PriceViewSettings.defaults());
    dashboard.start();
    runtime.runDueTasks();
    return views;
  }

  private static Instant at(LocalTime time) {
    return ZonedDateTime.of(TODAY, time, PriceDay.WARSAW).toInstant();
  }
}
