package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

/**
 * What the apps log. The config module itself logs nothing.
 *
 * @param level the least severe level logged
 * @param accessLog whether app-http logs one line per request
 */
public record LoggingSettings(LogLevel level, boolean accessLog) {

  public LoggingSettings {
    requireNonNull(level, "'level' must not be null");
  }
}
