package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One thing wrong (an error) or adjusted (a warning) in the configuration. Secret values are
 * already masked.
 *
 * @param source where the value came from: {@code /etc/kilowatch.yaml:12:5} (file, line, column),
 *     {@code environment variable KILOWATCH_HTTP_PORT}, {@code override} or {@code built-in
 *     defaults}
 * @param keyPath the key as written in that source, e.g. {@code http.port} or, in the coordinator's
 *     file, {@code web_server.port}; {@code (document)} when the whole file is at fault
 * @param value the offending value as written, {@code ****} for secrets, empty if none
 * @param message what is wrong and how to fix it
 */
public record ConfigProblem(String source, String keyPath, String value, String message)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public ConfigProblem {
    requireNonNull(source, "'source' must not be null");
    requireNonNull(keyPath, "'keyPath' must not be null");
    requireNonNull(value, "'value' must not be null");
    requireNonNull(message, "'message' must not be null");
  }

  /** {@code source: keyPath: message (value: 'value')}. */
  @Override
  public String toString() {
    return source
        + ": "
        + keyPath
        + ": "
        + message
        + (value.isEmpty() ? "" : " (value: '" + value + "')");
  }
}
