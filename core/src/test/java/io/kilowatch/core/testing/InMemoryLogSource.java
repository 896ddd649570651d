package io.kilowatch.core.testing;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.LogFile;
import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.core.port.LogSourceException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link LogSource} holding logs as lists of lines, passing {@code LogSourceContract}. Sizes
 * count UTF-8 bytes plus one newline per line. Names containing {@code /}, {@code \} or {@code ..}
 * are refused, as a file source refuses them. Thread-safe.
 */
public final class InMemoryLogSource implements LogSource {

  private final Map<String, Log> logs = new ConcurrentHashMap<>();
  private final AtomicInteger openFollowers = new AtomicInteger();
  private volatile boolean failing;

  @Override
  public List<LogFile> logs() {
    failIfFailing();
    return logs.entrySet().stream()
        .map(entry -> entry.getValue().file(entry.getKey()))
        .sorted(Comparator.comparing(LogFile::name))
        .toList();
  }

  @Override
  public List<String> tail(LogQuery query) {
    failIfFailing();
    List<String> lines = log(query).lines();
    List<String> matching = lines.stream().filter(query::matches).toList();
    return List.copyOf(
        matching.subList(Math.max(0, matching.size() - query.lines()), matching.size()));
  }

  @Override
  public LogFollower follow(LogQuery query) {
    Log log = log(query);
    int start = log.lines().size();
    List<String> firstLines = tail(query);
    openFollowers.incrementAndGet();
    return new LogFollower() {
      private int position = start;
      private boolean first = true;
      private boolean closed;

      @Override
      public List<String> poll() {
        failIfFailing();
        if (first) {
          first = false;
          return firstLines;
        }
        List<String> lines = log.lines();
        List<String> fresh = lines.subList(Math.min(position, lines.size()), lines.size());
        position = lines.size();
        return fresh.stream().filter(query::matches).toList();
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          openFollowers.decrementAndGet();
        }
      }
    };
  }

  /** Creates or replaces the log {@code name}, last written at {@code modifiedAt}. */
  public void write(String name, Instant modifiedAt, List<String> lines) {
    requireNonNull(name, "'name' must not be null");
    requireNonNull(modifiedAt, "'modifiedAt' must not be null");
    Log log = new Log(modifiedAt);
    log.append(lines, modifiedAt);
    logs.put(name, log);
  }

  /** Appends to the log {@code name} (creating it), last written at {@code modifiedAt}. */
  public void append(String name, Instant modifiedAt, List<String> lines) {
    logs.computeIfAbsent(name, unused -> new Log(modifiedAt)).append(lines, modifiedAt);
  }

  /**
   * Makes every call fail with {@link Reason#FAILED} (true): listing, tails, follows and the polls
   * of open followers; or work again (false).
   */
  public void setFailing(boolean failing) {
    this.failing = failing;
  }

  /** How many followers were started and not closed yet. */
  public int openFollowers() {
    return openFollowers.get();
  }

  private void failIfFailing() {
    if (failing) {
      throw new LogSourceException(Reason.FAILED, "in-memory log source is set to fail");
    }
  }

  private Log log(LogQuery query) {
    requireNonNull(query, "'query' must not be null");
    String name = query.log();
    if (name.contains("/") || name.contains("\\") || name.contains("..")) {
      throw new LogSourceException(
          Reason.REFUSED, "log name '" + name + "' refused: it must be a plain file name");
    }
    Log log = logs.get(name);
    if (log == null) {
      throw new LogSourceException(Reason.NOT_FOUND, "log '" + name + "' not found");
    }
    return log;
  }

  private static final class Log {
    private final List<String> lines = new ArrayList<>();
    private Instant modifiedAt;
    private long sizeBytes;

    Log(Instant modifiedAt) {
      this.modifiedAt = modifiedAt;
    }

    synchronized void append(List<String> more, Instant at) {
      for (String line : more) {
        lines.add(requireNonNull(line, "a line must not be null"));
        sizeBytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
      }
      modifiedAt = at;
    }

    synchronized List<String> lines() {
      return List.copyOf(lines);
    }

    synchronized LogFile file(String name) {
      return new LogFile(name, sizeBytes, modifiedAt);
    }
  }
}
