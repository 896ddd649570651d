package io.kilowatch.cli;

import io.kilowatch.runtime.report.RefreshResult;
import io.kilowatch.runtime.report.ViewOutcome;
import picocli.CommandLine.Command;

/**
 * {@code kilowatch refresh}: load every view now (and, embedded, persist the snapshots for the
 * server's warm start): the precompute job for cron. Exit 1 if any view failed.
 */
@Command(
    name = "refresh",
    mixinStandardHelpOptions = true,
    description = {
      "Load every view now and report what loaded, how long it took and what failed.",
      "Exit 0 when every view loaded, 1 when any failed."
    })
final class RefreshCommand extends DataCommand {

  @Override
  int run(Kilowatch kilowatch) {
    RefreshResult result;
    ProgressBar bar =
        ProgressBar.start(
            spec.commandLine().getErr(),
            Terminal.isInteractive() && !common.json,
            () -> "loading every view",
            () -> Double.NaN);
    try {
      result = kilowatch.refresh();
    } finally {
      bar.close();
    }
    if (common.json) {
      printJson(result);
    } else {
      Table table = new Table("VIEW", "OUTCOME", "VERSION", "TOOK", "ERROR");
      for (ViewOutcome view : result.views()) {
        table.row(
            view.view(),
            view.status(),
            Long.toString(view.version()),
            Durations.human(view.tookSeconds()),
            view.error() == null ? "-" : view.error());
      }
      long failed = result.views().stream().filter(view -> !view.succeeded()).count();
      out()
          .println(
              "Refreshed "
                  + result.views().size()
                  + " views in "
                  + Durations.human(result.tookSeconds())
                  + (failed == 0 ? "" : ", " + failed + " failed"));
      table.print(out());
    }
    return result.allSucceeded() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
