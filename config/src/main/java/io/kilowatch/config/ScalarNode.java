package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

/**
 * A single value, kept as text: binding parses it, so {@code 13:30} stays a time and {@code 0.110}
 * keeps its digits.
 *
 * @param text the value as written; empty for an empty value
 * @param empty whether the value was left empty ({@code key:} or {@code ~}), which leaves the key
 *     unset
 * @param origin where it was written
 */
record ScalarNode(String text, boolean empty, Origin origin) implements ConfigNode {

  ScalarNode {
    requireNonNull(text, "'text' must not be null");
    requireNonNull(origin, "'origin' must not be null");
  }

  static ScalarNode of(String text, Origin origin) {
    return new ScalarNode(text, false, origin);
  }

  @Override
  public String shown() {
    return empty ? "" : text;
  }
}
