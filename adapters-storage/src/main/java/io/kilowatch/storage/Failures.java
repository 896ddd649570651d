package io.kilowatch.storage;

/** Messages of failures that cross a port: the innermost cause says what SQLite said. */
final class Failures {

  private Failures() {}

  /** The message of {@code e}'s innermost cause, or its type when it has none. */
  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
