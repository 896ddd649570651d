package io.kilowatch.http;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.kilowatch.core.dashboard.CacheReport;
import io.kilowatch.core.dashboard.CoordinatorViews;
import io.kilowatch.core.dashboard.ViewReport;
import io.kilowatch.core.energy.CurrentState;
import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.LoadError;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.port.CoordinatorStatus;
import io.kilowatch.core.port.LogFile;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.KilowatchRuntime.StateOrigin;
import io.kilowatch.runtime.api.DataSources;
import io.kilowatch.runtime.report.Timestamps;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /status}, assembled from snapshots only (no I/O) and rendered at most once
 * per second, or sooner when one of its inputs (coordinator check, current state, log list) has a
 * new snapshot; a request in between costs three volatile reads.
 *
 * <p>Fields as in the reference (its section 4), filled with what Kilowatch knows:
 *
 * <ul>
 *   <li>{@code coordinator_running}, {@code coordinator_pid}: from the coordinator check; {@code
 *       null} before the first check, the PID {@code null} while not running.
 *   <li>{@code data_source}: see {@link DataSources}.
 *   <li>{@code log_files}: name to {@code {size, modified}}, from the log list.
 *   <li>{@code server_uptime}, {@code server_uptime_human}: since the runtime started.
 *   <li>{@code storage}: {@code type} {@code sqlite} and {@code connected} (the current state
 *       loads) when the current state comes from the coordinator's database; with state files
 *       Kilowatch holds no database: {@code connected} false, {@code type} null. {@code has_data}
 *       is {@code null}: not known to the views this endpoint reads.
 *   <li>{@code background_worker}: {@code alive} while the views refresh; {@code health} {@code
 *       failed} when not alive, {@code stale} when one of the inverter, price or metrics views is
 *       not fresh by its own freshness policy, else {@code healthy}; {@code cache_ages} (seconds)
 *       and {@code last_errors} of those three views ({@code null} for a view that does not exist
 *       or never loaded).
 *   <li>{@code views}: how many views are fresh, stale, expired and missing.
 *   <li>{@code freshness}: the freshness block of the worst of the three inputs, with its {@code
 *       view} name, and {@code views}: the names of all three.
 * </ul>
 */
@Singleton
final class StatusView {

  /** The view behind {@code cache_ages.inverter_s}. */
  static final String INVERTER_VIEW = CoordinatorViews.CURRENT_STATE;

  /** The view behind {@code cache_ages.price_s}: today's price day (PriceViews.TODAY). */
  static final String PRICE_VIEW = "prices-today";

  /** The view behind {@code cache_ages.metrics_s}. */
  static final String METRICS_VIEW = "metrics";

  /** The views the status is made of, in the order of its inputs. */
  static final List<String> INPUTS =
      List.of(
          CoordinatorViews.COORDINATOR, CoordinatorViews.CURRENT_STATE, CoordinatorViews.LOG_FILES);

  private final KilowatchRuntime runtime;
  private final ApiTime time;
  private final ViewResponses responses;
  private volatile @Nullable Rendered cached;

  /** A rendering and the snapshots (compared by identity) it was made of. */
  private record Rendered(
      long second, Object coordinator, Object state, Object logFiles, RenderedView view) {

    boolean isFor(long second, Object coordinator, Object state, Object logFiles) {
      return this.second == second
          && this.coordinator == coordinator
          && this.state == state
          && this.logFiles == logFiles;
    }
  }

  /** One input of the status with its name. */
  private record Input(String view, Snapshot<?> snapshot, Freshness state, Duration age) {}

  StatusView(KilowatchRuntime runtime, ApiTime time, ViewResponses responses) {
    this.runtime = runtime;
    this.time = time;
    this.responses = responses;
  }

  /** The status now. */
  RenderedView current() {
    Instant now = time.now();
    long second = now.getEpochSecond();
    CoordinatorViews views = runtime.coordinator();
    Snapshot<CoordinatorStatus> coordinator = views.coordinator();
    Snapshot<CurrentState> state = views.currentState();
    Snapshot<List<LogFile>> logFiles = views.logFiles();
    Rendered last = cached;
    if (last != null && last.isFor(second, coordinator, state, logFiles)) {
      return last.view();
    }
    RenderedView view = render(now, coordinator, state, logFiles);
    cached = new Rendered(second, coordinator, state, logFiles, view);
    return view;
  }

  private RenderedView render(
      Instant now,
      Snapshot<CoordinatorStatus> coordinator,
      Snapshot<CurrentState> state,
      Snapshot<List<LogFile>> logFiles) {
    CacheReport report = runtime.dashboard().cacheReport();
    Freshness stateFreshness = state.freshnessAt(now);
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("status", "running");
    body.put("timestamp", time.format(now));
    body.put(
        "coordinator_running", coordinator.value().map(CoordinatorStatus::running).orElse(null));
    body.put(
        "coordinator_pid",
        coordinator
            .value()
            .filter(CoordinatorStatus::running)
            .map(CoordinatorStatus::pid)
            .orElse(null));
    body.put("data_source", DataSources.label(runtime.stateOrigin(), stateFreshness));
    body.put("log_files", logFiles(logFiles));
    double uptime = uptimeSeconds(now);
    body.put("server_uptime", uptime);
    body.put("server_uptime_human", UptimeFormat.human(uptime));
    body.put("storage", storage(state, stateFreshness));
    Map<String, Object> worker = backgroundWorker(report);
    body.put("background_worker", worker);
    Map<String, Long> views = viewCounts(report);
    body.put("views", views);
    Input worst =
        worst(
            List.of(
                input(CoordinatorViews.COORDINATOR, coordinator, now),
                input(CoordinatorViews.CURRENT_STATE, state, now),
                input(CoordinatorViews.LOG_FILES, logFiles, now)));
    Map<String, @Nullable Object> freshness =
        responses.freshnessBlock(worst.snapshot(), worst.state(), now);
    freshness.put("view", worst.view());
    // All three: a client reloading the status when one of its views changes (the page) needs
    // every name, not only the worst one's.
    freshness.put("views", INPUTS);
    body.put("freshness", freshness);
    String etag = etag(coordinator, state, logFiles, now, worker.get("health"), views);
    return new RenderedView(
        state,
        now.getEpochSecond(),
        responses.write(body),
        etag,
        ViewResponses.cacheControl(worst.snapshot(), worst.state(), now));
  }

  private Map<String, Map<String, Object>> logFiles(Snapshot<List<LogFile>> logFiles) {
    Map<String, Map<String, Object>> files = new LinkedHashMap<>();
    for (LogFile file : logFiles.value().orElse(List.of())) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("size", file.sizeBytes());
      entry.put("modified", time.format(file.modifiedAt()));
      files.put(file.name(), entry);
    }
    return files;
  }

  private double uptimeSeconds(Instant now) {
    return runtime
        .startedAt()
        .map(started -> Duration.between(started, now))
        .filter(uptime -> !uptime.isNegative())
        .map(Timestamps::seconds)
        .orElse(0.0);
  }

  private Map<String, @Nullable Object> storage(Snapshot<CurrentState> state, Freshness freshness) {
    boolean database = runtime.stateOrigin() == StateOrigin.DATABASE;
    Map<String, @Nullable Object> storage = new LinkedHashMap<>();
    storage.put(
        "connected", database && freshness != Freshness.MISSING && state.lastError().isEmpty());
    storage.put("has_data", null);
    storage.put("type", database ? "sqlite" : null);
    return storage;
  }

  private Map<String, Object> backgroundWorker(CacheReport report) {
    List<Optional<ViewReport>> watched =
        List.of(report.view(INVERTER_VIEW), report.view(PRICE_VIEW), report.view(METRICS_VIEW));
    boolean alive = runtime.isRunning();
    boolean allFresh =
        watched.stream()
            .flatMap(Optional::stream)
            .allMatch(view -> view.freshness() == Freshness.FRESH);
    Map<String, @Nullable Object> ages = new LinkedHashMap<>();
    Map<String, @Nullable Object> errors = new LinkedHashMap<>();
    String[] names = {"inverter", "price", "metrics"};
    for (int i = 0; i < names.length; i++) {
      Optional<ViewReport> view = watched.get(i);
      ages.put(names[i] + "_s", view.map(ViewReport::age).map(Timestamps::seconds).orElse(null));
      errors.put(names[i], view.map(ViewReport::lastError).map(LoadError::message).orElse(null));
    }
    Map<String, Object> worker = new LinkedHashMap<>();
    worker.put("alive", alive);
    worker.put("health", !alive ? "failed" : allFresh ? "healthy" : "stale");
    worker.put("cache_ages", ages);
    worker.put("last_errors", errors);
    return worker;
  }

  private static Map<String, Long> viewCounts(CacheReport report) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("total", (long) report.views().size());
    for (Freshness state : Freshness.values()) {
      counts.put(state.label(), report.count(state));
    }
    return counts;
  }

  private static Input input(String view, Snapshot<?> snapshot, Instant now) {
    return new Input(
        view, snapshot, snapshot.freshnessAt(now), snapshot.ageAt(now).orElse(Duration.ZERO));
  }

  /** The input in the worst state (missing, expired, stale, fresh), the oldest among equals. */
  private static Input worst(List<Input> inputs) {
    return inputs.stream()
        .max(
            Comparator.comparingInt((Input input) -> FreshnessRank.of(input.state()))
                .thenComparing(Input::age))
        .orElseThrow();
  }

  /**
   * Weak: changes with what the status says (including when each input was fetched), not with the
   * time and ages in it.
   */
  private static String etag(
      Snapshot<?> coordinator,
      Snapshot<?> state,
      Snapshot<?> logFiles,
      Instant now,
      @Nullable Object health,
      Map<String, Long> views) {
    Hasher hasher = Hashing.murmur3_128().newHasher();
    for (Snapshot<?> input : List.of(coordinator, state, logFiles)) {
      hasher
          .putLong(input.version())
          .putLong(input.fetchedAt().map(Instant::toEpochMilli).orElse(0L))
          .putString(input.freshnessAt(now).label(), StandardCharsets.UTF_8)
          .putLong(input.lastError().map(error -> error.at().toEpochMilli()).orElse(0L));
    }
    hasher.putString(String.valueOf(health), StandardCharsets.UTF_8);
    views.values().forEach(hasher::putLong);
    return "W/\"status-" + hasher.hash().toString().substring(0, 16) + "\"";
  }
}
