package io.kilowatch.coordinator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.port.InverterStateException;
import io.kilowatch.core.port.InverterStateSource;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The newest inverter reading from the coordinator's state files: {@code coordinator_state_*.json}
 * in one directory (the coordinator's {@code out/}), as written before it had a database.
 *
 * <ul>
 *   <li>The newest file is chosen by modification time. Choosing only looks at directory entries
 *       and their attributes, so a directory of thousands of files costs a listing, and one file is
 *       read.
 *   <li>Both formats are read (one pretty object per file, or JSON Lines with the newest record
 *       last). A file being written (empty, or a torn last line) falls back to the newest complete
 *       record: an earlier line, or the previous file (up to {@value #FILES_TRIED} files).
 *   <li>A record in a file older than the maximum age (default 120 s, as the coordinator's own
 *       dashboard) is an error naming the file's age.
 *   <li>Units and signs are normalised as {@link InverterState} documents; naive local timestamps
 *       are placed in the configured zone.
 * </ul>
 *
 * <p>Thread-safe; each call reads the directory afresh.
 */
public final class FileInverterStateSource implements InverterStateSource {

  /** The default maximum age of the file holding the reading. */
  public static final Duration DEFAULT_MAXIMUM_AGE = Duration.ofMinutes(2);

  /** The files read. */
  public static final String FILE_GLOB = "coordinator_state_*.json";

  /** How many of the newest files are tried for a complete record. */
  static final int FILES_TRIED = 5;

  private static final System.Logger LOG =
      System.getLogger(FileInverterStateSource.class.getName());

  private final Path directory;
  private final ZoneId zone;
  private final Duration maximumAge;
  private final InstantSource clock;
  private final AtomicLong filesRead = new AtomicLong();

  /**
   * A source with the default maximum age on the system clock.
   *
   * @param directory the directory holding the state files (the coordinator's {@code out/})
   * @param zone the installation's time zone (the coordinator writes naive local times)
   */
  public FileInverterStateSource(Path directory, ZoneId zone) {
    this(directory, zone, DEFAULT_MAXIMUM_AGE, InstantSource.system());
  }

  /**
   * @param directory the directory holding the state files (the coordinator's {@code out/})
   * @param zone the installation's time zone (the coordinator writes naive local times)
   * @param maximumAge how old the file holding a reading may be; positive
   * @param clock tells the files' age
   */
  public FileInverterStateSource(
      Path directory, ZoneId zone, Duration maximumAge, InstantSource clock) {
    this.directory = requireNonNull(directory, "'directory' must not be null");
    this.zone = requireNonNull(zone, "'zone' must not be null");
    this.maximumAge = requireNonNull(maximumAge, "'maximumAge' must not be null");
    if (maximumAge.isNegative() || maximumAge.isZero()) {
      throw new IllegalArgumentException("'maximumAge' must be positive, but was " + maximumAge);
    }
    this.clock = requireNonNull(clock, "'clock' must not be null");
  }

  @Override
  public InverterState current() {
    List<StateFile> newestFirst = newestFirst();
    if (newestFirst.isEmpty()) {
      throw new InverterStateException(
          "no " + FILE_GLOB + " files in " + directory + ": the coordinator has saved no state");
    }
    Instant now = clock.instant();
    for (StateFile file : newestFirst) {
      Duration age = Duration.between(file.modifiedAt(), now);
      if (age.compareTo(maximumAge) > 0) {
        throw new InverterStateException(
            "newest complete coordinator state is in "
                + file.path().getFileName()
                + ", which is "
                + describe(age)
                + " old (maximum "
                + describe(maximumAge)
                + "): is the coordinator running?");
      }
      Optional<JsonNode> record = read(file);
      if (record.isPresent()) {
        return StateRecordMapper.toState(record.get(), zone, file.modifiedAt());
      }
      LOG.log(
          Level.DEBUG,
          () -> file.path().getFileName() + " holds no complete state record yet; trying the next");
    }
    throw new InverterStateException(
        "none of the "
            + newestFirst.size()
            + " newest "
            + FILE_GLOB
            + " files in "
            + directory
            + " holds a complete state record (newest: "
            + newestFirst.get(0).path().getFileName()
            + ", "
            + newestFirst.get(0).sizeBytes()
            + " bytes)");
  }

  /** How many files' contents were read so far (for tests: choosing must not read them all). */
  long filesRead() {
    return filesRead.get();
  }

  private Optional<JsonNode> read(StateFile file) {
    filesRead.incrementAndGet();
    try {
      return StateFileReader.newestRecord(file.path());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new InverterStateException(
          "cannot read state file " + file.path() + ": " + e.getMessage(), e);
    }
  }

  /** The {@value #FILES_TRIED} newest state files, by modification time then name. */
  private List<StateFile> newestFirst() {
    List<StateFile> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, FILE_GLOB)) {
      for (Path entry : entries) {
        BasicFileAttributes attributes;
        try {
          attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (NoSuchFileException vanished) {
          continue;
        }
        if (attributes.isRegularFile()) {
          files.add(
              new StateFile(entry, attributes.lastModifiedTime().toInstant(), attributes.size()));
        }
      }
    } catch (NoSuchFileException e) {
      throw new InverterStateException("state directory " + directory + " does not exist", e);
    } catch (IOException e) {
      throw new InverterStateException(
          "cannot list state directory " + directory + ": " + e.getMessage(), e);
    }
    return files.stream()
        .sorted(
            Comparator.comparing(StateFile::modifiedAt)
                .thenComparing(file -> file.path().getFileName().toString())
                .reversed())
        .limit(FILES_TRIED)
        .toList();
  }

  private static String describe(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds < 3600 ? seconds + " s" : seconds + " s (" + duration.toHours() + " h)";
  }

  private record StateFile(Path path, Instant modifiedAt, long sizeBytes) {}
}
