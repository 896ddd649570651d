package io.kilowatch.config;

/** How much the apps log, from least to most. */
public enum LogLevel {
  /** Failures only. */
  ERROR,
  /** Failures and things that need attention (e.g. clamped settings). */
  WARN,
  /** The default: start, stop, and each source's first success or failure. */
  INFO,
  /** Every refresh. */
  DEBUG,
  /** Everything. */
  TRACE
}
