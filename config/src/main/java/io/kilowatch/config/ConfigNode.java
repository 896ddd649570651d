package io.kilowatch.config;

/**
 * A configuration value before binding: a scalar, a mapping or a list, each remembering where it
 * was written. YAML files, environment variables, overrides and the coordinator's file all become
 * trees of these, are merged, and are then bound to the typed settings.
 */
sealed interface ConfigNode permits ScalarNode, MapNode, ListNode {

  /** Where this value was written. */
  Origin origin();

  /** The value as shown in messages: a scalar's text, empty for a mapping or list. */
  String shown();
}
