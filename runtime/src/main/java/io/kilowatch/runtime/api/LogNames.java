package io.kilowatch.runtime.api;

import io.kilowatch.runtime.KilowatchRuntime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The logs of {@code /logs?file=}, by the reference's keys (its section 5.1), case-insensitive:
 * {@code master}, {@code data} or {@code enhanced_data_collector}, {@code fast_charge}, and {@code
 * systemd} or {@code journal} for the coordinator's journal unit. {@code summary} (the reference's
 * keyword digest of the journal) is not offered.
 */
public final class LogNames {

  /** The key {@code /logs} reads when no {@code file} is given. */
  public static final String DEFAULT_KEY = "master";

  /** The key of the reference's journal digest, which Kilowatch does not offer. */
  public static final String SUMMARY_KEY = "summary";

  /**
   * One log of the API.
   *
   * @param log its name for the log source (a file name, or the journal unit)
   * @param shownAs its name in responses ({@code log_file})
   * @param journal whether it is the journal (no file to list or download)
   */
  public record LogName(String log, String shownAs, boolean journal) {}

  private static final LogName MASTER =
      new LogName("master_coordinator.log", "master_coordinator.log", false);
  private static final LogName DATA =
      new LogName("enhanced_data_collector.log", "enhanced_data_collector.log", false);
  private static final LogName FAST_CHARGE =
      new LogName("fast_charge.log", "fast_charge.log", false);
  private static final LogName JOURNAL =
      new LogName(KilowatchRuntime.JOURNAL_UNIT, "systemd-journal", true);

  private static final Map<String, LogName> BY_KEY =
      Map.of(
          "master", MASTER,
          "data", DATA,
          "enhanced_data_collector", DATA,
          "fast_charge", FAST_CHARGE,
          "systemd", JOURNAL,
          "journal", JOURNAL);

  /** The keys {@code file} accepts, in the order error messages list them. */
  public static final String KEYS =
      "master, data, enhanced_data_collector, fast_charge, systemd, journal";

  private LogNames() {}

  /** The log of a {@code file} key, if it is one. */
  public static Optional<LogName> byKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key.toLowerCase(Locale.ROOT)));
  }

  /**
   * The file a download name stands for: the name itself, or for {@code <key>.log} (what the
   * reference's page requests, e.g. {@code master.log}) the file of that key.
   */
  public static String downloadedFile(String name) {
    if (name.endsWith(".log")) {
      LogName byKey = BY_KEY.get(name.substring(0, name.length() - 4).toLowerCase(Locale.ROOT));
      if (byKey != null && !byKey.journal()) {
        return byKey.log();
      }
    }
    return name;
  }
}
