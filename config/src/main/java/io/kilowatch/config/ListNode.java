package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A list of values.
 *
 * @param items the values in order
 * @param origin where the list starts
 */
record ListNode(List<ConfigNode> items, Origin origin) implements ConfigNode {

  ListNode {
    requireNonNull(origin, "'origin' must not be null");
    items = List.copyOf(items);
  }

  @Override
  public String shown() {
    return "";
  }
}
