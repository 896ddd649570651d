package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

/**
 * Where a configuration value was written.
 *
 * @param source a file path, {@code environment variable NAME}, {@code override} or {@code built-in
 *     defaults}
 * @param line 1-based line in a file, 0 if not from a file
 * @param column 1-based column in a file, 0 if not from a file
 * @param path the key path as written in that source, e.g. {@code web_server.port}
 */
record Origin(String source, int line, int column, String path) {

  static final String DOCUMENT = "(document)";

  Origin {
    requireNonNull(source, "'source' must not be null");
    requireNonNull(path, "'path' must not be null");
  }

  /** A place in a file. */
  static Origin inFile(String file, int line, int column, String path) {
    return new Origin(file, line, column, path);
  }

  /** A whole file, e.g. one that is too large to read. */
  static Origin wholeFile(String file) {
    return new Origin(file, 0, 0, DOCUMENT);
  }

  /** The same place, seen as the key at {@code newPath}. */
  Origin withPath(String newPath) {
    return new Origin(source, line, column, newPath);
  }

  /** The path of a child key, {@code path.key}. */
  String child(String key) {
    return path.isEmpty() || path.equals(DOCUMENT) ? key : path + "." + key;
  }

  /** {@code source:line:column}, or just the source when there is no line. */
  String location() {
    return line > 0 ? source + ":" + line + ":" + column : source;
  }
}
