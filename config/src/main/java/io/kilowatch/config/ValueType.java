package io.kilowatch.config;

/**
 * How one key's text becomes a typed value, and how the value is shown in the docs.
 *
 * @param <T> the value's type
 */
interface ValueType<T> {

  /**
   * Parses a node that is not empty. A value out of range is either clamped, with a warning in
   * {@code diagnostics}, or refused.
   *
   * @throws InvalidValueException for a single bad value; structured types report several problems
   *     to {@code diagnostics} instead
   */
  T parse(ConfigNode node, Diagnostics diagnostics);

  /** The value as it would be written in {@code kilowatch.yaml}. */
  String format(T value);

  /** The allowed range for the docs, e.g. {@code 10s..10m, clamped}; empty if any value goes. */
  String range();
}
