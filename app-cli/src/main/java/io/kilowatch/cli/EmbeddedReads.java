package io.kilowatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kilowatch.cli.Kilowatch.LogRequest;
import io.kilowatch.cli.Kilowatch.PriceRequest;
import io.kilowatch.core.dashboard.CoordinatorViews;
import io.kilowatch.core.dashboard.DecisionViews;
import io.kilowatch.core.dashboard.LogTail;
import io.kilowatch.core.dashboard.PriceViews;
import io.kilowatch.core.dashboard.RecentWindow;
import io.kilowatch.core.energy.ConsumerPricing;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.Tariff;
import io.kilowatch.core.freshness.LoadError;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.port.CoordinatorStatus;
import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.Pricing;
import io.kilowatch.runtime.api.CurrentStateBody;
import io.kilowatch.runtime.api.DecisionBodies;
import io.kilowatch.runtime.api.LogLines;
import io.kilowatch.runtime.api.LogNames;
import io.kilowatch.runtime.api.LogNames.LogName;
import io.kilowatch.runtime.api.MonthlyBodies;
import io.kilowatch.runtime.api.PriceBodies;
import io.kilowatch.runtime.api.PricesBody;
import io.kilowatch.runtime.api.ViewBody;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The data commands' reads in this process: loads the views a command needs (the views do not run
 * in the background here), then builds the HTTP API's body from their snapshots with the same
 * mapping the server uses, and reads it back as JSON, so embedded and remote output are the same.
 */
final class EmbeddedReads {

  /** How often a followed log is polled; the server polls every 200 ms too. */
  static final Duration FOLLOW_POLL = Duration.ofMillis(200);

  /** Lines a follow starts with, as the server's stream. */
  static final int FOLLOW_FIRST_LINES = 50;

  private final KilowatchRuntime runtime;
  private final ObjectMapper json;
  private final ZoneId zone;

  EmbeddedReads(KilowatchRuntime runtime, ObjectMapper json) {
    this.runtime = runtime;
    this.json = json;
    this.zone = runtime.zone();
  }

  /** The current state; today's prices load first, as the state carries the price now. */
  /** Whether the coordinator runs, by the coordinator view's last check; empty before one. */
  Optional<Boolean> coordinatorRunning() {
    return runtime.coordinator().coordinator().value().map(CoordinatorStatus::running);
  }

  JsonNode state() {
    runtime.prices().todayView().refreshNow().join();
    runtime.dashboard().refreshAll();
    return render(
        CoordinatorViews.CURRENT_STATE,
        runtime.coordinator().currentState(),
        new CurrentStateBody(runtime.stateOrigin(), zone).body());
  }

  JsonNode prices(PriceRequest asked) {
    Instant now = runtime.clock().instant();
    PriceBodies.Day day = PriceBodies.day(asked.day(), LocalDate.ofInstant(now, zone));
    Duration window = PriceBodies.window(asked.window());
    Tariff tariff = asked.tariff() == null ? null : PriceBodies.tariff(asked.tariff());
    CompletableFuture.allOf(
            runtime.prices().todayView().refreshNow(), runtime.prices().tomorrowView().refreshNow())
        .join();
    boolean today = day == PriceBodies.Day.TODAY;
    Snapshot<PriceDay> snapshot = today ? runtime.prices().today() : runtime.prices().tomorrow();
    if (snapshot.value().isEmpty()) {
      throw new CliException(ExitCodes.NO_INPUT, PriceBodies.unavailable(snapshot));
    }
    ConsumerPricing pricing =
        tariff == null ? runtime.pricing() : Pricing.of(runtime.settings().tariff(), tariff);
    PricesBody body =
        PriceBodies.of(
            snapshot, today ? runtime.prices().tomorrow() : null, true, pricing, now, window, zone);
    return render(
        today ? PriceViews.TODAY : PriceViews.TOMORROW,
        snapshot,
        ViewBody.of(value -> body, missing -> Map.of()));
  }

  JsonNode summary(@Nullable YearMonth asked) {
    YearMonth month = asked == null ? runtime.summaries().thisMonth() : asked;
    return render(
        MonthlyBodies.summaryName(month),
        runtime.summaries().month(month),
        MonthlyBodies.summaryBody(month));
  }

  JsonNode decisions(String timeRange) {
    RecentWindow window =
        RecentWindow.ofLabel(timeRange)
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCodes.USAGE, "the window must be 24h or 7d, but was " + timeRange));
    return render(
        DecisionViews.viewName(window),
        runtime.decisionViews().last(window),
        DecisionBodies.body(window.label(), zone));
  }

  JsonNode logs(LogRequest asked) {
    LogName name = logName(asked.file());
    Snapshot<LogTail> snapshot = existingTail(asked, name);
    String levelFilter = asked.level() == null ? "" : asked.level();
    return render(
        LogLines.responseName(name.log(), levelFilter, asked.lines()),
        snapshot,
        LogLines.body(name.shownAs(), levelFilter, asked.lines()));
  }

  /** Polls the log every {@link #FOLLOW_POLL} until the thread is interrupted. */
  void follow(LogRequest asked, Consumer<String> lines) {
    LogName name = logName(asked.file());
    existingTail(asked, name);
    try (LogFollower follower =
        runtime.logs().follow(new LogQuery(name.log(), FOLLOW_FIRST_LINES, asked.level()))) {
      while (!Thread.currentThread().isInterrupted()) {
        follower.poll().forEach(lines);
        Thread.sleep(FOLLOW_POLL.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (LogSourceException e) {
      throw new CliException(
          ExitCodes.UNAVAILABLE, "log " + name.shownAs() + " ended: " + e.getMessage(), e);
    }
  }

  private static LogName logName(String file) {
    return LogNames.byKey(file)
        .orElseThrow(() -> new CliException(ExitCodes.USAGE, "no log named '" + file + "'"));
  }

  /** The tail of the log, which must exist and be readable (404 and 503 of the server). */
  private Snapshot<LogTail> existingTail(LogRequest asked, LogName name) {
    Snapshot<LogTail> snapshot = runtime.logViews().tail(name.log(), asked.level());
    if (snapshot.value().isPresent() && !snapshot.value().get().exists()) {
      throw new CliException(ExitCodes.NO_INPUT, "Log file " + asked.file() + " not found");
    }
    if (snapshot.value().isEmpty()) {
      throw new CliException(
          ExitCodes.UNAVAILABLE,
          "log "
              + name.shownAs()
              + " cannot be read: "
              + snapshot.lastError().map(LoadError::message).orElse("its first read is not done"));
    }
    return snapshot;
  }

  /** The body as the server writes it: the data, then the time fields and freshness block. */
  private <T> JsonNode render(String name, Snapshot<T> snapshot, ViewBody<T> body) {
    Instant now = runtime.clock().instant();
    try {
      ObjectNode node = (ObjectNode) json.readTree(json.writeValueAsBytes(body.dataOf(snapshot)));
      node.setAll(
          (ObjectNode) json.readTree(json.writeValueAsBytes(body.tail(name, snapshot, now, zone))));
      return node;
    } catch (IOException e) {
      throw new CliException(ExitCodes.SOFTWARE, "could not write JSON: " + e.getMessage(), e);
    }
  }
}
