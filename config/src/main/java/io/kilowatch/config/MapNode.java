package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping of keys to values, in the order written.
 *
 * @param entries the keys and their values
 * @param origin where the mapping starts
 */
record MapNode(Map<String, ConfigNode> entries, Origin origin) implements ConfigNode {

  MapNode {
    requireNonNull(entries, "'entries' must not be null");
    requireNonNull(origin, "'origin' must not be null");
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  static MapNode empty(Origin origin) {
    return new MapNode(Map.of(), origin);
  }

  Optional<ConfigNode> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** The node at a dotted {@code path} below this mapping, if every step is a mapping. */
  Optional<ConfigNode> find(String path) {
    ConfigNode current = this;
    for (String key : KeyPaths.segments(path)) {
      if (!(current instanceof MapNode map)) {
        return Optional.empty();
      }
      ConfigNode next = map.entries.get(key);
      if (next == null) {
        return Optional.empty();
      }
      current = next;
    }
    return Optional.of(current);
  }

  @Override
  public String shown() {
    return "";
  }
}
