package io.kilowatch.coordinator;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.LogFile;
import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.core.port.LogSourceException.Reason;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The directory of log files and the rule for names in it: a log name is a plain file name; it
 * never contains a separator, is never {@code .} or {@code ..}, and never resolves (through a
 * symbolic link) to a file outside the directory. Names are checked before anything is opened.
 */
final class LogDirectory {

  /** The files {@link #list()} shows. */
  static final String LOG_GLOB = "*.log";

  private final Path directory;

  LogDirectory(Path directory) {
    this.directory = requireNonNull(directory, "'directory' must not be null");
  }

  Path path() {
    return directory;
  }

  /**
   * The file of the log {@code name}.
   *
   * @throws LogSourceException REFUSED for a name that is not allowed, NOT_FOUND for a missing file
   */
  Path resolve(String name) {
    requireNonNull(name, "'name' must not be null");
    if (name.isBlank()
        || name.contains("/")
        || name.contains("\\")
        || name.indexOf('\0') >= 0
        || name.equals(".")
        || name.equals("..")) {
      throw new LogSourceException(
          Reason.REFUSED,
          "log name '"
              + printable(name)
              + "' refused: a log is named by a plain file name inside the log directory (no"
              + " paths, no '..')");
    }
    Path file = directory.resolve(name);
    Path real;
    try {
      real = file.toRealPath();
    } catch (NoSuchFileException e) {
      throw notFound(name);
    } catch (IOException e) {
      throw new LogSourceException(
          Reason.FAILED, "cannot resolve log '" + name + "': " + e.getMessage(), e);
    }
    if (!real.startsWith(realDirectory())) {
      throw new LogSourceException(
          Reason.REFUSED,
          "log name '" + name + "' refused: it is a link to a file outside the log directory");
    }
    if (!Files.isRegularFile(real)) {
      throw notFound(name);
    }
    return file;
  }

  /** The {@code *.log} files directly in the directory (links out of it left out), by name. */
  List<LogFile> list() {
    List<LogFile> logs = new ArrayList<>();
    Path realDirectory = realDirectory();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, LOG_GLOB)) {
      for (Path entry : entries) {
        try {
          Path real = entry.toRealPath();
          BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
          if (real.startsWith(realDirectory) && attributes.isRegularFile()) {
            logs.add(
                new LogFile(
                    entry.getFileName().toString(),
                    attributes.size(),
                    attributes.lastModifiedTime().toInstant()));
          }
        } catch (NoSuchFileException vanishedOrBrokenLink) {
          // Not a log any more.
        }
      }
    } catch (IOException e) {
      throw new LogSourceException(
          Reason.FAILED, "cannot list log directory " + directory + ": " + e.getMessage(), e);
    }
    logs.sort(Comparator.comparing(LogFile::name));
    return List.copyOf(logs);
  }

  private Path realDirectory() {
    try {
      return directory.toRealPath();
    } catch (NoSuchFileException e) {
      throw new LogSourceException(
          Reason.UNAVAILABLE, "log directory " + directory + " does not exist", e);
    } catch (IOException e) {
      throw new LogSourceException(
          Reason.FAILED, "cannot open log directory " + directory + ": " + e.getMessage(), e);
    }
  }

  private LogSourceException notFound(String name) {
    return new LogSourceException(Reason.NOT_FOUND, "log '" + name + "' not found in " + directory);
  }

  private static String printable(String name) {
    String shown = name.replaceAll("\\p{Cntrl}", "?");
    return shown.length() <= 80 ? shown : shown.substring(0, 80) + "...";
  }
}
