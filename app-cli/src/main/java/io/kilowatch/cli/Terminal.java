package io.kilowatch.cli;

/**
 * Whether output goes to a person at a terminal (progress and colour) or to a pipe or file, and the
 * ANSI styles used there.
 */
final class Terminal {

  static final String BOLD = "\u001b[1m";
  static final String GREEN = "\u001b[32m";
  static final String RESET = "\u001b[0m";

  private Terminal() {}

  /** True when stdin and stdout are a terminal (Java 17: a console exists only then). */
  @SuppressWarnings("SystemConsoleNull") // Java 17 only; JDK 22+ would need Console.isTerminal()
  static boolean isInteractive() {
    return System.console() != null;
  }
}
