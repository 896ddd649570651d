package io.kilowatch.coordinator;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.core.port.LogSourceException.Reason;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code journalctl}: finds it (a path, or a name looked up on the {@code PATH}), runs it with
 * arguments (never through a shell) and a time limit, and says clearly when it is not there or
 * there is no journal to read.
 */
final class Journalctl {

  private final String executable;
  private final Duration timeout;

  Journalctl(String executable, Duration timeout) {
    this.executable = requireNonNull(executable, "'executable' must not be null");
    this.timeout = requireNonNull(timeout, "'timeout' must not be null");
  }

  /** What a finished run printed. */
  record Result(List<String> lines) {}

  /** Runs journalctl with {@code arguments} to the end and returns its output lines. */
  Result run(List<String> arguments) {
    Path executablePath = locate();
    @Nullable Path out = null;
    @Nullable Path err = null;
    try {
      out = Files.createTempFile("kilowatch-journal", ".out");
      err = Files.createTempFile("kilowatch-journal", ".err");
      Process process =
          new ProcessBuilder(command(executablePath, arguments))
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new LogSourceException(
            Reason.FAILED, "journalctl did not answer within " + timeout.toSeconds() + " s");
      }
      int exit = process.exitValue();
      if (exit != 0) {
        throw failure(exit, Files.readString(err, StandardCharsets.UTF_8));
      }
      List<String> lines =
          new String(Files.readAllBytes(out), StandardCharsets.UTF_8)
              .lines()
              .map(String::stripTrailing)
              .toList();
      return new Result(lines);
    } catch (IOException e) {
      throw new LogSourceException(
          Reason.FAILED, "cannot run " + executablePath + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LogSourceException(Reason.FAILED, "interrupted while reading the journal", e);
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  /** Starts journalctl with {@code arguments}, its output on a pipe, its errors discarded. */
  Process start(List<String> arguments) {
    Path executablePath = locate();
    try {
      return new ProcessBuilder(command(executablePath, arguments))
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new LogSourceException(
          Reason.FAILED, "cannot run " + executablePath + ": " + e.getMessage(), e);
    }
  }

  /** The executable, or UNAVAILABLE saying that this machine has no journalctl. */
  Path locate() {
    Optional<Path> found;
    if (executable.contains("/")) {
      Path path = Path.of(executable);
      found = Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    } else {
      String searchPath = System.getenv("PATH");
      found =
          searchPath == null
              ? Optional.empty()
              : List.of(searchPath.split(File.pathSeparator)).stream()
                  .filter(directory -> !directory.isEmpty())
                  .map(directory -> Path.of(directory, executable))
                  .filter(Files::isExecutable)
                  .findFirst();
    }
    return found.orElseThrow(
        () ->
            new LogSourceException(
                Reason.UNAVAILABLE,
                executable
                    + " was not found"
                    + (executable.contains("/") ? "" : " on the PATH")
                    + ": this machine has no systemd journal Kilowatch can read; read the"
                    + " coordinator's log files instead"));
  }

  private static List<String> command(Path executable, List<String> arguments) {
    return Stream.concat(Stream.of(executable.toString()), arguments.stream()).toList();
  }

  private static LogSourceException failure(int exit, String stderr) {
    String message = stderr.strip().lines().findFirst().orElse("");
    if (message.isEmpty()) {
      // What journalctl does on a machine without a readable journal (e.g. in a container).
      return new LogSourceException(
          Reason.UNAVAILABLE,
          "journalctl failed with exit code "
              + exit
              + " and no message: this machine seems to have no systemd journal Kilowatch may"
              + " read (no journald, or no permission: add Kilowatch's user to the"
              + " systemd-journal group)");
    }
    if (message.length() > 300) {
      message = message.substring(0, 300) + "...";
    }
    if (message.contains("No journal files were found")) {
      return new LogSourceException(
          Reason.UNAVAILABLE,
          "journalctl found no journal files on this machine (" + message + ")");
    }
    return new LogSourceException(
        Reason.FAILED, "journalctl failed with exit code " + exit + ": " + message);
  }

  private static void deleteQuietly(@Nullable Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // A leftover temp file is harmless.
      }
    }
  }
}
