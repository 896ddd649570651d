package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.RemovalNotification;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.core.view.FamilyDefinition;
import io.kilowatch.core.view.KeyRule;
import io.kilowatch.core.view.Loaded;
import io.kilowatch.core.view.ViewFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tails of the coordinator's logs as views: one keyed view per (log, level), created on first
 * read, holding the newest {@link LogViewSettings#maximumLines()} lines that pass the level filter
 * ({@link LogQuery#matches}). A request for "the last 100 ERROR lines of the master log" is then a
 * slice of a list in memory.
 *
 * <p>Each tail keeps a {@link LogFollower} open: its first load reads the tail from the end of the
 * log, every later load only what was appended since (the follower survives rotation and
 * truncation), so keeping a tail costs little however large the log. A log that does not exist is a
 * value ({@link LogTail#ABSENT}), not an error, so that an app can answer "not found" from memory;
 * it is looked for again at every refresh. Any other failure keeps the last lines, records the
 * error, and the next load starts afresh from the log's end.
 *
 * <p>Views are named {@code logs/<log>} and {@code logs/<log>:<level>}. Thread-safe; {@link
 * #close()} closes the followers (after the dashboard is closed).
 */
public final class LogViews implements AutoCloseable {

  /** The family's name: each tail's view is {@code logs/<key>}. */
  public static final String FAMILY = "logs";

  private static final Pattern LOG_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

  private final LogSource logs;
  private final int maximumLines;
  private final ViewFamily<Key, LogTail> family;
  private final Cache<Key, Tailer> tailers;

  /**
   * Registers the family with {@code dashboard}; tails are created and loaded on first read.
   *
   * @param dashboard where the views live
   * @param logs the coordinator's logs
   * @param settings refresh, freshness and bounds
   */
  public LogViews(Dashboard dashboard, LogSource logs, LogViewSettings settings) {
    requireNonNull(dashboard, "'dashboard' must not be null");
    this.logs = requireNonNull(logs, "'logs' must not be null");
    requireNonNull(settings, "'settings' must not be null");
    this.maximumLines = settings.maximumLines();
    this.tailers =
        CacheBuilder.newBuilder()
            .maximumSize(settings.maximumKeys())
            .removalListener(
                (RemovalNotification<Key, Tailer> removed) -> {
                  Tailer tailer = removed.getValue();
                  if (tailer != null) {
                    tailer.close();
                  }
                })
            .build();
    KeyRule rule = KeyRule.refreshing(settings.policy(), settings.schedule());
    this.family =
        dashboard.registerFamily(
            new FamilyDefinition<>(FAMILY, this::load, key -> rule, settings.maximumKeys()));
  }

  /**
   * The tail of {@code log} with only the lines of {@code level}. The first read of a (log, level)
   * creates its view and waits for its first load, at most the load timeout; later reads never
   * wait.
   *
   * @param log the log's name as the {@link LogSource} knows it: lower-case letters, digits, {@code
   *     . _ -}
   * @param level the level to keep (any case), or {@code null} for every line
   * @throws IllegalArgumentException for a log name or level that is not allowed
   */
  public Snapshot<LogTail> tail(String log, @Nullable String level) {
    return family.get(Key.of(log, level));
  }

  /**
   * The tail of (log, level) if its view exists and has loaded (or failed) once; empty when a read
   * would have to wait. Never creates, loads or waits.
   */
  public Optional<Snapshot<LogTail>> tailIfLoaded(String log, @Nullable String level) {
    return family
        .getIfPresent(Key.of(log, level))
        .filter(snapshot -> snapshot.isPresent() || snapshot.lastError().isPresent());
  }

  /** How many lines each tail keeps at most. */
  public int maximumLines() {
    return maximumLines;
  }

  /** Closes every follower; call after the dashboard is closed. Idempotent. */
  @Override
  public void close() {
    tailers.invalidateAll();
  }

  private Loaded<LogTail> load(Key key, Snapshot<LogTail> previous) {
    Tailer tailer = tailers.asMap().computeIfAbsent(key, Tailer::new);
    return Loaded.live(tailer.read(previous.value().orElse(null)));
  }

  /** A (log, level) pair; its {@code toString()} is the view name's suffix. */
  record Key(String log, @Nullable String level) {

    static Key of(String log, @Nullable String level) {
      requireNonNull(log, "'log' must not be null");
      if (!LOG_NAME.matcher(log).matches()) {
        throw new IllegalArgumentException(
            "'log' must be 1 to 100 characters of a-z 0-9 . _ - starting with a letter or digit,"
                + " but was '"
                + log
                + "'");
      }
      if (level == null || level.isEmpty()) {
        return new Key(log, null);
      }
      // LogQuery validates the level and turns it to upper case.
      return new Key(log, new LogQuery(log, 1, level).level());
    }

    LogQuery query(int lines) {
      return new LogQuery(log, lines, level);
    }

    @Override
    public String toString() {
      return level == null ? log : log + ":" + level.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Keeps one tail current: a follower of the log, started by the first load and polled by every
   * later one. Loads of one key never run concurrently, but a load that timed out may still be
   * running when the next starts, hence the lock.
   */
  private final class Tailer {

    private final Key key;
    private @Nullable LogFollower follower; // guarded by this
    private boolean closed; // guarded by this

    Tailer(Key key) {
      this.key = key;
    }

    synchronized LogTail read(@Nullable LogTail previous) {
      if (closed) {
        throw new IllegalStateException("the log views are closed");
      }
      try {
        LogFollower current = follower;
        if (current == null || previous == null || !previous.exists()) {
          closeFollower();
          return start();
        }
        List<String> appended = current.poll();
        return appended.isEmpty() ? previous : append(previous, appended);
      } catch (RuntimeException e) {
        closeFollower();
        throw e;
      }
    }

    private LogTail start() {
      LogFollower started;
      try {
        started = logs.follow(key.query(maximumLines));
      } catch (LogSourceException e) {
        if (e.reason() == LogSourceException.Reason.NOT_FOUND) {
          return LogTail.ABSENT;
        }
        throw e;
      }
      follower = started;
      return new LogTail(true, started.poll());
    }

    private LogTail append(LogTail previous, List<String> appended) {
      List<String> lines = new ArrayList<>(previous.lines().size() + appended.size());
      lines.addAll(previous.lines());
      lines.addAll(appended);
      int from = Math.max(0, lines.size() - maximumLines);
      return new LogTail(true, lines.subList(from, lines.size()));
    }

    synchronized void close() {
      closed = true;
      closeFollower();
    }

    private void closeFollower() {
      LogFollower current = follower;
      follower = null;
      if (current != null) {
        current.close();
      }
    }
  }
}
