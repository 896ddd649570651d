package io.kilowatch.cli;

/**
 * Exit codes of {@code kilowatch}. {@code check} follows the monitoring-plugin convention (0 OK, 1
 * WARNING, 2 CRITICAL, 3 UNKNOWN); every other command uses 0 for success, 1 when it ran but found
 * failures, and the BSD sysexits codes below for what kept it from running.
 */
final class ExitCodes {

  static final int OK = 0;

  /** The command ran and found failures (e.g. a view failed to load during {@code refresh}). */
  static final int FAILED = 1;

  static final int CHECK_WARNING = 1;
  static final int CHECK_CRITICAL = 2;
  static final int CHECK_UNKNOWN = 3;

  /** Bad options or arguments. */
  static final int USAGE = 64;

  /** Input missing: the coordinator's database, root or a named file does not exist. */
  static final int NO_INPUT = 66;

  /** The server of {@code --url} cannot be reached or answered with an error. */
  static final int UNAVAILABLE = 69;

  /** An output file or directory could not be written. */
  static final int CANT_CREATE = 73;

  /** A bug: something that should not fail did. */
  static final int SOFTWARE = 70;

  /** The configuration cannot be read or is not valid. */
  static final int CONFIG = 78;

  private ExitCodes() {}
}
