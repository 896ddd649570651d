package io.kilowatch.coordinator;

import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.core.port.LogSourceException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Follows one log file like {@code tail -F}. It keeps the file open and remembers its identity
 * (inode): when the path names another file (rotated: renamed and recreated), it reads the rest of
 * the old file and then the new one from its start; when the file is shorter than what was read
 * (truncated), it starts again from the beginning. A line is returned once its newline is written.
 * Each poll reads at most {@value #MAX_BYTES_PER_POLL} bytes, so a burst is spread over polls.
 */
final class FileLogFollower implements LogFollower {

  static final int MAX_BYTES_PER_POLL = 8 * 1024 * 1024;

  private final Path path;
  private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
  private final LineSplitter splitter;

  private FileChannel channel;
  private @Nullable Object fileKey;
  private long position;
  private @Nullable List<String> firstLines;
  private boolean closed;

  private FileLogFollower(Path path, LogQuery query, FileChannel channel, @Nullable Object key) {
    this.path = path;
    this.channel = channel;
    this.fileKey = key;
    this.splitter = new LineSplitter(query);
  }

  /** Starts following {@code path}; the first poll returns the query's tail. */
  static FileLogFollower start(Path path, LogQuery query) throws IOException {
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
      FileLogFollower follower = new FileLogFollower(path, query, channel, key);
      follower.position = endOfLastCompleteLine(channel, channel.size());
      try (ReverseLineReader reader = ReverseLineReader.of(channel, follower.position)) {
        follower.firstLines = LogTail.read(reader, query);
      }
      return follower;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public List<String> poll() {
    if (closed) {
      throw new LogSourceException(Reason.FAILED, "follower of " + path + " is closed");
    }
    List<String> first = firstLines;
    if (first != null) {
      firstLines = null;
      return first;
    }
    try {
      List<String> lines = new ArrayList<>();
      BasicFileAttributes now = attributesOrNull();
      if (now != null && fileKey != null && !Objects.equals(fileKey, now.fileKey())) {
        readAvailable(lines);
        splitter.finish(lines);
        switchTo(now.fileKey());
      } else if (channel.size() < position) {
        if (now != null && fileKey == null) {
          switchTo(null);
        }
        position = 0;
        splitter.reset();
      }
      readAvailable(lines);
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new LogSourceException(
          Reason.FAILED, "cannot follow log " + path.getFileName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        channel.close();
      } catch (IOException ignored) {
        // Nothing left to do with it.
      }
    }
  }

  private @Nullable BasicFileAttributes attributesOrNull() throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException rotatedAway) {
      return null;
    }
  }

  private void switchTo(@Nullable Object key) throws IOException {
    FileChannel next = FileChannel.open(path, StandardOpenOption.READ);
    channel.close();
    channel = next;
    fileKey = key;
    position = 0;
    splitter.reset();
  }

  /** Reads what was appended since the last read and adds its complete lines. */
  private void readAvailable(List<String> lines) throws IOException {
    long budget = MAX_BYTES_PER_POLL;
    while (budget > 0) {
      buffer.clear();
      if (budget < buffer.capacity()) {
        buffer.limit((int) budget);
      }
      int read = channel.read(buffer, position);
      if (read <= 0) {
        return;
      }
      position += read;
      budget -= read;
      splitter.feed(buffer.array(), read, lines);
    }
  }

  /**
   * The offset just after the last newline before {@code size} (looking back at most one line's
   * length), so that a line still being written is followed, not tailed and then repeated.
   */
  private static long endOfLastCompleteLine(FileChannel channel, long size) throws IOException {
    ByteBuffer block = ByteBuffer.allocate(8192);
    long end = size;
    long limit = Math.max(0, size - ReverseLineReader.MAX_LINE_BYTES);
    while (end > limit) {
      int length = (int) Math.min(block.capacity(), end - limit);
      block.clear().limit(length);
      long from = end - length;
      int read = 0;
      while (read < length) {
        int n = channel.read(block, from + read);
        if (n < 0) {
          return size;
        }
        read += n;
      }
      for (int i = length - 1; i >= 0; i--) {
        if (block.get(i) == '\n') {
          return from + i + 1;
        }
      }
      end = from;
    }
    return limit == 0 ? 0 : size;
  }
}
