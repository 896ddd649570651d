package io.kilowatch.cli;

/** Whether output goes to a person at a terminal (progress and colour) or to a pipe or file. */
final class Terminal {

  private Terminal() {}

  /** True when stdin and stdout are a terminal (Java 17: a console exists only then). */
  @SuppressWarnings("SystemConsoleNull") // Java 17 only; JDK 22+ would need Console.isTerminal()
  static boolean isInteractive() {
    return System.console() != null;
  }
}
