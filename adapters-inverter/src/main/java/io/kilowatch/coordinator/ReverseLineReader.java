package io.kilowatch.coordinator;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a file's lines backwards, from a given end towards the start, in blocks: the last lines of
 * a 1 GiB log cost a few blocks, not a gigabyte. Lines are split on {@code \n} (so UTF-8 is never
 * cut inside a character), decoded as UTF-8 (bad bytes replaced) and stripped of trailing white
 * space ({@code \r} included). Text after the last newline counts as a line if not empty. A line
 * longer than {@value #MAX_LINE_BYTES} bytes is cut to its last {@value #MAX_LINE_BYTES} bytes. Not
 * thread-safe.
 */
final class ReverseLineReader implements Closeable {

  /** Longest line kept whole. */
  static final int MAX_LINE_BYTES = 1 << 20;

  private static final int BLOCK_BYTES = 64 * 1024;

  private final FileChannel channel;
  private final ByteBuffer block = ByteBuffer.allocate(BLOCK_BYTES);

  /** Bytes before this offset have not been read yet. */
  private long unread;

  /** Bytes of {@link #block} (from 0) not yet split into lines; valid up to {@link #blockEnd}. */
  private int blockEnd;

  /** The end part of the line being assembled, in file order; valid from {@link #pendingStart}. */
  private byte[] pending = new byte[256];

  private int pendingStart = pending.length;

  /** Whether the line being assembled is the file's last (empty if the file ends in a newline). */
  private boolean lastLine = true;

  private boolean finished;
  private final boolean ownsChannel;

  private ReverseLineReader(FileChannel channel, long end, boolean ownsChannel) {
    this.channel = channel;
    this.unread = end;
    this.ownsChannel = ownsChannel;
  }

  /** A reader of {@code file} from its current end. */
  static ReverseLineReader open(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      return new ReverseLineReader(channel, channel.size(), true);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** A reader of {@code channel}'s bytes before {@code end}; closing it leaves the channel open. */
  static ReverseLineReader of(FileChannel channel, long end) {
    return new ReverseLineReader(channel, end, false);
  }

  /** The previous line, or empty at the start of the file. */
  Optional<String> previous() throws IOException {
    if (finished) {
      return Optional.empty();
    }
    while (true) {
      for (int i = blockEnd - 1; i >= 0; i--) {
        if (block.get(i) == '\n') {
          prepend(i + 1, blockEnd);
          blockEnd = i;
          Optional<String> line = takeLine();
          if (line.isPresent()) {
            return line;
          }
        }
      }
      prepend(0, blockEnd);
      blockEnd = 0;
      if (unread == 0) {
        finished = true;
        return takeLine();
      }
      readBlock();
    }
  }

  @Override
  public void close() throws IOException {
    if (ownsChannel) {
      channel.close();
    }
  }

  private void readBlock() throws IOException {
    int length = (int) Math.min(BLOCK_BYTES, unread);
    long from = unread - length;
    block.clear().limit(length);
    int read = 0;
    while (read < length) {
      int n = channel.read(block, from + read);
      if (n < 0) {
        throw new IOException("file shrank while being read backwards");
      }
      read += n;
    }
    unread = from;
    blockEnd = length;
  }

  private boolean hasPending() {
    return pendingStart < pending.length;
  }

  /** Puts block bytes [from, to) in front of the pending line (keeping its last bytes only). */
  private void prepend(int from, int to) {
    int length = to - from;
    if (length == 0) {
      return;
    }
    int room = MAX_LINE_BYTES - (pending.length - pendingStart);
    if (room <= 0) {
      return;
    }
    int kept = Math.min(length, room);
    int keptFrom = to - kept;
    if (pendingStart < kept) {
      grow(kept);
    }
    pendingStart -= kept;
    for (int i = 0; i < kept; i++) {
      pending[pendingStart + i] = block.get(keptFrom + i);
    }
  }

  private void grow(int needed) {
    int used = pending.length - pendingStart;
    int size = Math.max(pending.length * 2, used + needed);
    byte[] bigger = new byte[Math.min(size, MAX_LINE_BYTES)];
    System.arraycopy(pending, pendingStart, bigger, bigger.length - used, used);
    pending = bigger;
    pendingStart = bigger.length - used;
  }

  /** The assembled line, unless it is the empty remainder after the file's final newline. */
  private Optional<String> takeLine() {
    boolean emptyRemainder = lastLine && !hasPending();
    lastLine = false;
    String line =
        new String(
                Arrays.copyOfRange(pending, pendingStart, pending.length), StandardCharsets.UTF_8)
            .stripTrailing();
    pendingStart = pending.length;
    return emptyRemainder ? Optional.empty() : Optional.of(line);
  }
}
