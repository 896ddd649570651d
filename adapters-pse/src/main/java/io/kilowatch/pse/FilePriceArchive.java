package io.kilowatch.pse;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.port.PriceArchive;
import io.kilowatch.core.port.PriceArchiveException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@link PriceArchive} in a directory: one JSON file per business date, {@code
 * <directory>/<yyyy-MM-dd>.json}, prices as exact decimals.
 *
 * <p>A day is written to a temporary file in the same directory, forced to disk and renamed over
 * the old file in one atomic step, so a crash leaves the old copy or the new one, never a torn
 * file. A file that cannot be decoded (corrupt, truncated, not a whole day, of another date) is
 * reported in the log at WARNING and treated as absent; the next keep replaces it. Other I/O errors
 * are {@link PriceArchiveException}s. The directory is created on the first keep.
 *
 * <p>Thread-safe, also across processes sharing the directory (the last keep of a day wins).
 */
public final class FilePriceArchive implements PriceArchive {

  private static final System.Logger LOG = System.getLogger(FilePriceArchive.class.getName());

  private final Path directory;
  private final PriceDayCodec codec = new PriceDayCodec();

  /**
   * @param directory where the files live; created when the first day is kept
   */
  public FilePriceArchive(Path directory) {
    this.directory = requireNonNull(directory, "'directory' must not be null");
  }

  @Override
  public Optional<PriceDay> find(LocalDate businessDate) {
    requireNonNull(businessDate, "'businessDate' must not be null");
    Path file = fileOf(businessDate);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new PriceArchiveException(
          "could not read the price archive file " + file + ": " + e, e);
    }
    PriceDay day;
    try {
      day = codec.decode(bytes);
    } catch (IOException e) {
      LOG.log(
          Level.WARNING,
          "price archive file " + file + " is unreadable and ignored: " + e.getMessage());
      return Optional.empty();
    }
    if (!day.businessDate().equals(businessDate)) {
      LOG.log(
          Level.WARNING,
          "price archive file "
              + file
              + " holds the prices of "
              + day.businessDate()
              + " and is ignored");
      return Optional.empty();
    }
    return Optional.of(day);
  }

  @Override
  public void keep(PriceDay day) {
    requireNonNull(day, "'day' must not be null");
    Path file = fileOf(day.businessDate());
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(codec.encode(day));
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      moveOver(temporary, file);
      temporary = null;
    } catch (IOException e) {
      throw new PriceArchiveException(
          "could not keep the prices of " + day.businessDate() + " in " + file + ": " + e, e);
    } finally {
      if (temporary != null) {
        deleteQuietly(temporary);
      }
    }
  }

  /** The file of {@code businessDate}. */
  Path fileOf(LocalDate businessDate) {
    return directory.resolve(businessDate + ".json");
  }

  private static void moveOver(Path temporary, Path file) throws IOException {
    try {
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not delete the temporary file " + temporary + ": " + e);
    }
  }
}
