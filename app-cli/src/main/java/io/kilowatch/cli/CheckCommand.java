package io.kilowatch.cli;

import io.kilowatch.runtime.report.CacheState;
import io.kilowatch.runtime.report.ViewState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kilowatch check}: a monitoring plugin (Nagios, Icinga, Zabbix, cron). One status line plus
 * perfdata; exit 0 OK, 1 WARNING (a view stale), 2 CRITICAL (a view expired or missing, or the
 * coordinator's process not running, unless {@code --no-coordinator-check}), 3 UNKNOWN (Kilowatch
 * could not be asked).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.CHECK_UNKNOWN,
    exitCodeOnExecutionException = ExitCodes.CHECK_UNKNOWN,
    description = {
      "Monitoring-plugin check of every view's freshness.",
      "Exit 0 OK, 1 WARNING (a view stale or older than --warning-age), 2 CRITICAL (a view"
          + " expired, missing or older than --critical-age, or the coordinator not running),"
          + " 3 UNKNOWN."
    })
final class CheckCommand extends DataCommand {

  private enum Level {
    OK,
    WARNING,
    CRITICAL
  }

  @Option(
      names = "--warning-age",
      paramLabel = "DURATION",
      converter = Durations.class,
      description =
          "WARNING when a view's data is older than this (e.g. 10m), whatever its policy.")
  @Nullable Duration warningAge;

  @Option(
      names = "--critical-age",
      paramLabel = "DURATION",
      converter = Durations.class,
      description = "CRITICAL when a view's data is older than this (e.g. 1h).")
  @Nullable Duration criticalAge;

  @Option(
      names = "--view",
      paramLabel = "NAME",
      description = "Check only this view (repeatable). Default: every view.")
  List<String> views = new ArrayList<>();

  @Option(
      names = "--no-coordinator-check",
      description =
          "Do not turn CRITICAL when the coordinator's process is not running on this machine"
              + " (e.g. it runs elsewhere and only its files are shared).")
  boolean noCoordinatorCheck;

  @Override
  public Integer call() {
    try {
      return super.call();
    } catch (CliException e) {
      out().println("KILOWATCH UNKNOWN - " + e.getMessage());
      out().flush();
      return ExitCodes.CHECK_UNKNOWN;
    }
  }

  @Override
  int run(Kilowatch kilowatch) {
    if (warningAge != null && criticalAge != null && criticalAge.compareTo(warningAge) < 0) {
      throw new CliException(
          ExitCodes.CHECK_UNKNOWN,
          "--critical-age ("
              + criticalAge
              + ") must not be shorter than --warning-age ("
              + warningAge
              + ")");
    }
    CacheState cache = kilowatch.cache();
    List<ViewState> checked = selected(cache);
    Level worst = Level.OK;
    List<String> problems = new ArrayList<>();
    for (ViewState view : checked) {
      Level level = levelOf(view);
      if (level != Level.OK) {
        problems.add(describe(view));
      }
      if (level.compareTo(worst) > 0) {
        worst = level;
      }
    }
    Optional<Boolean> running =
        noCoordinatorCheck ? Optional.empty() : kilowatch.coordinatorRunning();
    if (running.isPresent() && !running.get()) {
      problems.add(0, "coordinator not running");
      worst = Level.CRITICAL;
    }
    String summary =
        problems.isEmpty() ? checked.size() + " views fresh" : String.join(", ", problems);
    String coordinatorPerfdata =
        running
            .map(isRunning -> " coordinator_running=" + (isRunning ? 1 : 0) + ";;1:;0;1")
            .orElse("");
    out()
        .println(
            "KILOWATCH "
                + worst
                + " - "
                + summary
                + " | "
                + perfdata(checked)
                + coordinatorPerfdata);
    out().flush();
    return switch (worst) {
      case OK -> ExitCodes.OK;
      case WARNING -> ExitCodes.CHECK_WARNING;
      case CRITICAL -> ExitCodes.CHECK_CRITICAL;
    };
  }

  private List<ViewState> selected(CacheState cache) {
    if (views.isEmpty()) {
      return cache.views();
    }
    Set<String> known = cache.views().stream().map(ViewState::view).collect(Collectors.toSet());
    for (String name : views) {
      if (!known.contains(name)) {
        throw new CliException(
            ExitCodes.CHECK_UNKNOWN,
            "no view named '"
                + name
                + "'; views: "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return cache.views().stream().filter(view -> views.contains(view.view())).toList();
  }

  private Level levelOf(ViewState view) {
    Level byState =
        switch (view.state()) {
          case "fresh" -> Level.OK;
          case "stale" -> Level.WARNING;
          default -> Level.CRITICAL;
        };
    Double age = view.ageSeconds();
    Level byAge = Level.OK;
    if (age != null && criticalAge != null && age > seconds(criticalAge)) {
      byAge = Level.CRITICAL;
    } else if (age != null && warningAge != null && age > seconds(warningAge)) {
      byAge = Level.WARNING;
    }
    return byState.compareTo(byAge) >= 0 ? byState : byAge;
  }

  private static String describe(ViewState view) {
    StringBuilder text = new StringBuilder(view.view()).append(' ').append(view.state());
    if (view.ageSeconds() != null) {
      text.append(" (age ").append(Durations.human(view.ageSeconds())).append(')');
    }
    if (view.lastError() != null) {
      text.append(": ").append(view.lastError().message());
    }
    return text.toString();
  }

  private String perfdata(List<ViewState> checked) {
    StringBuilder data = new StringBuilder();
    for (String state : List.of("fresh", "stale", "expired", "missing")) {
      long count = checked.stream().filter(view -> view.state().equals(state)).count();
      data.append(state).append('=').append(count).append(";;;0 ");
    }
    for (ViewState view : checked) {
      if (view.ageSeconds() != null) {
        data.append('\'')
            .append(view.view().replace('\'', '_'))
            .append("_age'=")
            .append(String.format(Locale.ROOT, "%.1f", view.ageSeconds()))
            .append("s;")
            .append(warningAge == null ? "" : Long.toString(warningAge.toSeconds()))
            .append(';')
            .append(criticalAge == null ? "" : Long.toString(criticalAge.toSeconds()))
            .append(";0; ");
      }
    }
    return data.toString().trim();
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
