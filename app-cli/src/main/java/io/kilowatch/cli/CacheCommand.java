package io.kilowatch.cli;

import io.kilowatch.runtime.report.CacheState;
import io.kilowatch.runtime.report.ViewState;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kilowatch cache}: the cache report's counters. */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    description = "The views' cache: counters per view, and the snapshots kept for warm starts.",
    subcommands = {CacheCommand.Stats.class, CacheCommand.Clear.class})
final class CacheCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code kilowatch cache stats}: reads, loads, failures, timeouts, last load time per view. */
  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = "Reads, loads, failures, timeouts and last load time of every view.")
  static final class Stats extends DataCommand {

    @Override
    int run(Kilowatch kilowatch) {
      CacheState cache = kilowatch.cache();
      if (common.json) {
        printJson(cache);
        return ExitCodes.OK;
      }
      Table table =
          new Table(
              "VIEW", "STATE", "VERSION", "READS", "LOADS", "FAILED", "TIMEOUTS", "LAST LOAD");
      for (ViewState view : cache.views()) {
        table.row(
            view.view(),
            view.state(),
            Long.toString(view.version()),
            Long.toString(view.reads()),
            Long.toString(view.loadsSucceeded()),
            Long.toString(view.loadsFailed()),
            Long.toString(view.loadTimeouts()),
            String.format(Locale.ROOT, "%.3fs", view.lastLoadSeconds()));
      }
      table.print(out());
      return ExitCodes.OK;
    }
  }

  /**
   * {@code kilowatch cache clear}: deletes the views' snapshots kept in Kilowatch's database, so
   * that the next start is cold. Local only: a running server keeps its views in memory and saves
   * them again as they change and when it stops, so clearing it remotely would undo nothing.
   */
  @Command(
      name = "clear",
      mixinStandardHelpOptions = true,
      description = {
        "Deletes the snapshots kept for warm starts in Kilowatch's database: the next start is"
            + " cold.",
        "Local only (not with --url): stop the server first, or it saves its views again."
      })
  static final class Clear extends DataCommand {

    @Override
    int run(Kilowatch kilowatch) {
      ClearedSnapshots cleared = kilowatch.clearSnapshots();
      if (common.json) {
        printJson(cleared);
      } else if (cleared.database() == null) {
        out().println("No snapshots are kept here: nothing to delete.");
      } else {
        out()
            .println(
                "Deleted "
                    + cleared.snapshotsDeleted()
                    + (cleared.snapshotsDeleted() == 1 ? " snapshot" : " snapshots")
                    + " from "
                    + cleared.database()
                    + "; the next start is cold.");
      }
      out().flush();
      return ExitCodes.OK;
    }
  }
}
