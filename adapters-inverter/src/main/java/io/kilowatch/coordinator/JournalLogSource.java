package io.kilowatch.coordinator;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.LogFile;
import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.core.port.LogSourceException.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator's logs in the systemd journal, read with {@code journalctl} (when the coordinator
 * runs as the {@value #DEFAULT_UNIT} unit). Each configured unit is one log, named by the unit.
 *
 * <ul>
 *   <li>Where {@code journalctl} is not installed, or there are no journal files, every read fails
 *       with {@link Reason#UNAVAILABLE} and a message saying so; nothing else breaks.
 *   <li>{@link #tail} runs {@code journalctl -u UNIT -n N}; with a level filter it looks at the
 *       last {@value #LINES_SCANNED_PER_LINE_WANTED} × N entries and keeps the last N matching
 *       ({@link LogQuery#matches}, the same rule as for files).
 *   <li>{@link #follow} first takes the tail with the journal's cursor, then follows with {@code
 *       --after-cursor}, so no entry is lost or repeated in between.
 *   <li>{@link #logs} is empty: the journal is not made of log files.
 * </ul>
 *
 * <p>Commands get arguments, never a shell line. Thread-safe.
 */
public final class JournalLogSource implements LogSource {

  /** The unit the coordinator's installer creates. */
  public static final String DEFAULT_UNIT = "goodwe-master-coordinator";

  /** How long one {@code journalctl} run may take. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** With a level filter, how many entries are looked at per line asked for. */
  static final int LINES_SCANNED_PER_LINE_WANTED = 10;

  private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9:_.@\\\\-]{1,256}");
  private static final String CURSOR_PREFIX = "-- cursor: ";
  private static final List<String> OUTPUT = List.of("--no-pager", "--quiet", "-o", "short-iso");

  private final Journalctl journalctl;
  private final List<String> units;
  private final boolean userJournal;

  /** The system journal's {@value #DEFAULT_UNIT} unit, through {@code journalctl} on the PATH. */
  public JournalLogSource() {
    this("journalctl", List.of(DEFAULT_UNIT), false, DEFAULT_TIMEOUT);
  }

  /**
   * @param executable {@code journalctl}'s path, or a name looked up on the {@code PATH}
   * @param units the units offered as logs; not empty
   * @param userJournal whether to read the user's journal ({@code --user}) instead of the system's
   * @param timeout how long one run may take; positive
   */
  public JournalLogSource(
      String executable, List<String> units, boolean userJournal, Duration timeout) {
    requireNonNull(executable, "'executable' must not be null");
    requireNonNull(timeout, "'timeout' must not be null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("'timeout' must be positive, but was " + timeout);
    }
    this.units = List.copyOf(requireNonNull(units, "'units' must not be null"));
    if (this.units.isEmpty()) {
      throw new IllegalArgumentException("'units' must not be empty");
    }
    for (String unit : this.units) {
      if (!UNIT.matcher(unit).matches()) {
        throw new IllegalArgumentException("'units' holds an invalid unit name: '" + unit + "'");
      }
    }
    this.journalctl = new Journalctl(executable, timeout);
    this.userJournal = userJournal;
  }

  @Override
  public List<LogFile> logs() {
    return List.of();
  }

  @Override
  public List<String> tail(LogQuery query) {
    return tailWithCursor(query, false).lines();
  }

  @Override
  public LogFollower follow(LogQuery query) {
    Tail tail = tailWithCursor(query, true);
    List<String> arguments = base(query.log());
    arguments.add("--follow");
    String cursor = tail.cursor();
    if (cursor != null) {
      arguments.add("--after-cursor=" + cursor);
    } else {
      // The unit had no entries: everything from now on (and anything just written) is new.
      arguments.add("-n");
      arguments.add(Integer.toString(query.lines()));
    }
    return new JournalFollower(journalctl.start(arguments), query, tail.lines());
  }

  private Tail tailWithCursor(LogQuery query, boolean withCursor) {
    requireNonNull(query, "'query' must not be null");
    List<String> arguments = base(query.log());
    int scanned =
        query.levelFilter().isPresent()
            ? Math.min(query.lines() * LINES_SCANNED_PER_LINE_WANTED, 100_000)
            : query.lines();
    arguments.add("-n");
    arguments.add(Integer.toString(scanned));
    if (withCursor) {
      arguments.add("--show-cursor");
    }
    List<String> output = new ArrayList<>(journalctl.run(arguments).lines());
    String cursor = null;
    if (!output.isEmpty() && output.get(output.size() - 1).startsWith(CURSOR_PREFIX)) {
      cursor = output.remove(output.size() - 1).substring(CURSOR_PREFIX.length());
    }
    List<String> matching = output.stream().filter(query::matches).toList();
    List<String> last =
        matching.subList(Math.max(0, matching.size() - query.lines()), matching.size());
    return new Tail(List.copyOf(last), cursor);
  }

  private List<String> base(String unit) {
    if (!units.contains(unit)) {
      throw new LogSourceException(
          Reason.NOT_FOUND,
          "journal unit '"
              + unit
              + "' not found (configured units: "
              + String.join(", ", units)
              + ")");
    }
    List<String> arguments = new ArrayList<>();
    if (userJournal) {
      arguments.add("--user");
    }
    arguments.add("-u");
    arguments.add(unit);
    arguments.addAll(OUTPUT);
    return arguments;
  }

  private record Tail(List<String> lines, @Nullable String cursor) {}
}
