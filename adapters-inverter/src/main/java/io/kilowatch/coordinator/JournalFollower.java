package io.kilowatch.coordinator;

import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.core.port.LogSourceException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Follows a journal unit through a {@code journalctl --follow} child process. Polls read only what
 * the process has already written (never block), so the caller sets the pace. When the process
 * ends, the poll after its last lines fails with the exit code. Closing stops the process.
 */
final class JournalFollower implements LogFollower {

  private static final int MAX_BYTES_PER_POLL = 1024 * 1024;

  private final Process process;
  private final LogQuery query;
  private final InputStream output;
  private final LineSplitter splitter;
  private List<String> firstLines;
  private boolean first = true;
  private boolean closed;

  JournalFollower(Process process, LogQuery query, List<String> firstLines) {
    this.process = process;
    this.query = query;
    this.output = process.getInputStream();
    this.splitter = new LineSplitter(query);
    this.firstLines = List.copyOf(firstLines);
  }

  @Override
  public List<String> poll() {
    if (closed) {
      throw new LogSourceException(Reason.FAILED, "journal follower is closed");
    }
    if (first) {
      first = false;
      List<String> lines = firstLines;
      firstLines = List.of();
      return lines;
    }
    try {
      boolean alive = process.isAlive();
      List<String> lines = new ArrayList<>();
      int budget = MAX_BYTES_PER_POLL;
      byte[] buffer = new byte[8192];
      int available;
      while (budget > 0 && (available = output.available()) > 0) {
        int read = output.read(buffer, 0, Math.min(Math.min(available, buffer.length), budget));
        if (read < 0) {
          break;
        }
        budget -= read;
        splitter.feed(buffer, read, lines);
      }
      if (!alive && output.available() == 0) {
        splitter.finish(lines);
      }
      if (lines.isEmpty() && !alive && output.available() == 0) {
        throw new LogSourceException(
            Reason.FAILED,
            "journalctl stopped following "
                + query.log()
                + " (exit code "
                + process.exitValue()
                + ")");
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new LogSourceException(
          Reason.FAILED, "cannot read the journal of " + query.log() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    process.destroy();
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
