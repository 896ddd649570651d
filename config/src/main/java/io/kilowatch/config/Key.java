package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

/**
 * One configuration key.
 *
 * @param path the dotted key path, e.g. {@code http.port}
 * @param type how its text is parsed and checked
 * @param defaultValue the built-in default
 * @param meaning one line for the docs table
 * @param <T> the value's type
 */
record Key<T>(String path, ValueType<T> type, T defaultValue, String meaning) {

  Key {
    requireNonNull(path, "'path' must not be null");
    requireNonNull(type, "'type' must not be null");
    requireNonNull(defaultValue, "'defaultValue' must not be null");
    requireNonNull(meaning, "'meaning' must not be null");
  }

  /** The environment variable that sets this key, e.g. {@code KILOWATCH_HTTP_PORT}. */
  String environmentVariable() {
    return KeyPaths.environmentVariable(path);
  }

  /** The default as written in YAML. */
  String formattedDefault() {
    return type.format(defaultValue);
  }
}
