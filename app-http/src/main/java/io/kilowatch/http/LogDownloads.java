package io.kilowatch.http;

import io.kilowatch.runtime.KilowatchRuntime;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import reactor.core.publisher.Flux;

/**
 * Reads a log file of the coordinator's log directory for {@code /logs/download}: a plain name
 * inside the directory, opened without following a symbolic link (the name was checked against the
 * log list before), read in chunks by whoever subscribes. Blocking: call and subscribe off the
 * event loop.
 */
@Singleton
final class LogDownloads {

  static final int CHUNK_BYTES = 64 * 1024;

  private final Path directory;

  LogDownloads(KilowatchRuntime runtime) {
    this.directory = runtime.settings().paths().resolvedLogsDir();
  }

  /**
   * Opens the log file {@code name} (a plain file name, already checked); empty if it is not there
   * (any more) or is not a regular file.
   */
  Optional<SeekableByteChannel> open(String name) throws IOException {
    Path file = directory.resolve(name);
    if (!file.getParent().equals(directory)) {
      throw new IllegalArgumentException("'" + name + "' is not a plain file name");
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)));
    } catch (NoSuchFileException vanished) {
      return Optional.empty();
    }
  }

  /** The channel's bytes from its position to its end, in chunks; closes it when done. */
  static Flux<byte[]> chunks(SeekableByteChannel channel) {
    return Flux.using(
        () -> channel,
        open ->
            Flux.<byte[]>generate(
                sink -> {
                  ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES);
                  try {
                    int read = open.read(buffer);
                    if (read < 0) {
                      sink.complete();
                    } else {
                      sink.next(Arrays.copyOf(buffer.array(), read));
                    }
                  } catch (IOException e) {
                    sink.error(new UncheckedIOException(e));
                  }
                }),
        open -> {
          try {
            open.close();
          } catch (IOException ignored) {
            // Nothing more to read from it.
          }
        });
  }
}
