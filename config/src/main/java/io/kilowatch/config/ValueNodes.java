package io.kilowatch.config;

/** Small questions about {@link ConfigNode}s. */
final class ValueNodes {

  private ValueNodes() {}

  /** Whether a node sets something: anything but an empty scalar ({@code key:} or {@code ~}). */
  static boolean isSet(ConfigNode node) {
    return !(node instanceof ScalarNode scalar && scalar.empty());
  }
}
