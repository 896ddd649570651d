package io.kilowatch.cli;

import io.kilowatch.runtime.report.CacheState;
import io.kilowatch.runtime.report.ViewState;
import picocli.CommandLine.Command;

/** {@code kilowatch status}: every view's state and age, and its last error. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show every view's state (fresh, stale, expired, missing), age and last error.")
final class StatusCommand extends DataCommand {

  @Override
  int run(Kilowatch kilowatch) {
    CacheState cache = kilowatch.cache();
    if (common.json) {
      printJson(cache);
      return ExitCodes.OK;
    }
    Table table = new Table("VIEW", "STATE", "AGE", "VERSION", "SOURCE", "LAST ERROR");
    for (ViewState view : cache.views()) {
      table.row(
          view.view(),
          view.state(),
          view.ageSeconds() == null ? "-" : Durations.human(view.ageSeconds()),
          Long.toString(view.version()),
          view.source() == null ? "-" : view.source(),
          view.lastError() == null
              ? "-"
              : view.lastError().message()
                  + " ("
                  + view.lastError().consecutiveFailures()
                  + "x, "
                  + view.lastError().at()
                  + ")");
    }
    out().println("Kilowatch at " + cache.at() + ": " + cache.views().size() + " views");
    table.print(out());
    return ExitCodes.OK;
  }
}
