package io.kilowatch.coordinator;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.port.CoordinatorProbe;
import io.kilowatch.core.port.CoordinatorProbeException;
import io.kilowatch.core.port.CoordinatorStatus;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Finds the coordinator among this machine's processes through {@link ProcessHandle}: the process
 * whose command line (executable and arguments, space-joined) contains a match of a pattern, by
 * default {@value #DEFAULT_PATTERN} (the coordinator's script).
 *
 * <p>The PID found last is re-validated first (still alive, command line still matching), which
 * costs one process lookup; only when that fails are all processes scanned. Kilowatch's own process
 * is never reported. If several match, the lowest PID wins. As with the coordinator's own
 * dashboard, anything whose command line contains the script's name matches (an editor with the
 * file open, a {@code grep}); a stricter pattern can be configured.
 *
 * <p>Processes whose command line cannot be read (other users', on systems that hide them) cannot
 * match. Thread-safe.
 */
public final class ProcessCoordinatorProbe implements CoordinatorProbe {

  /** The default command-line pattern: the coordinator's script name. */
  public static final String DEFAULT_PATTERN = "master_coordinator\\.py";

  private final Pattern commandLine;
  private final long self = ProcessHandle.current().pid();
  private final AtomicLong lastPid = new AtomicLong();
  private final AtomicLong fullScans = new AtomicLong();

  /** A probe looking for the coordinator's script name. */
  public ProcessCoordinatorProbe() {
    this(Pattern.compile(DEFAULT_PATTERN));
  }

  /**
   * @param commandLine found anywhere in a process's command line, it marks the coordinator
   */
  public ProcessCoordinatorProbe(Pattern commandLine) {
    this.commandLine = requireNonNull(commandLine, "'commandLine' must not be null");
  }

  @Override
  public CoordinatorStatus status() {
    try {
      long last = lastPid.get();
      if (last != 0 && ProcessHandle.of(last).filter(this::isCoordinator).isPresent()) {
        return CoordinatorStatus.runningAs(last);
      }
      fullScans.incrementAndGet();
      Optional<ProcessHandle> found =
          ProcessHandle.allProcesses()
              .filter(this::isCoordinator)
              .min(Comparator.comparingLong(ProcessHandle::pid));
      lastPid.set(found.map(ProcessHandle::pid).orElse(0L));
      return found
          .map(process -> CoordinatorStatus.runningAs(process.pid()))
          .orElse(CoordinatorStatus.NOT_RUNNING);
    } catch (SecurityException | UnsupportedOperationException e) {
      throw new CoordinatorProbeException(
          "cannot inspect this machine's processes: " + e.getMessage(), e);
    }
  }

  /** How many full process scans were made (for tests: a known PID is checked cheaply). */
  long fullScans() {
    return fullScans.get();
  }

  private boolean isCoordinator(ProcessHandle process) {
    if (process.pid() == self || !process.isAlive()) {
      return false;
    }
    Optional<String> line = process.info().commandLine();
    return line.isPresent() && commandLine.matcher(line.get()).find();
  }
}
