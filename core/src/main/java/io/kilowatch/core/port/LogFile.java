package io.kilowatch.core.port;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One log of a {@link LogSource}.
 *
 * @param name the name to ask the source for (a plain file name)
 * @param sizeBytes its size in bytes, not negative
 * @param modifiedAt when it was last written
 */
public record LogFile(String name, long sizeBytes, Instant modifiedAt) {

  public LogFile {
    requireNonNull(name, "'name' must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("'name' must not be blank");
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("'sizeBytes' must not be negative, but was " + sizeBytes);
    }
    requireNonNull(modifiedAt, "'modifiedAt' must not be null");
  }
}
