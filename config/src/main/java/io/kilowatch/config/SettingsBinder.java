package io.kilowatch.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Binds every key to a typed value from the merged tree: the key's node if set, else its default. A
 * bad value is reported and replaced by the default, so binding goes on and every problem is found
 * in one pass.
 */
final class SettingsBinder implements SettingValues {

  private final MapNode merged;
  private final Diagnostics diagnostics;
  private final Map<String, Object> bound = new HashMap<>();

  private SettingsBinder(MapNode merged, Diagnostics diagnostics) {
    this.merged = merged;
    this.diagnostics = diagnostics;
  }

  /** Binds all of {@link ConfigKeys#ALL} now, reporting problems to {@code diagnostics}. */
  static SettingsBinder bindAll(MapNode merged, Diagnostics diagnostics) {
    SettingsBinder binder = new SettingsBinder(merged, diagnostics);
    for (Key<?> key : ConfigKeys.ALL) {
      binder.bound.put(key.path(), binder.bind(key));
    }
    return binder;
  }

  @Override
  public <T> T get(Key<T> key) {
    Object value = bound.get(key.path());
    if (value == null) {
      throw new IllegalArgumentException("'key' is not a registered key: " + key.path());
    }
    @SuppressWarnings("unchecked") // bound under the same key, by bind(key)
    T typed = (T) value;
    return typed;
  }

  /** Where {@code key}'s value came from: its node, or the built-in defaults. */
  Origin originOf(Key<?> key) {
    return nodeOf(key)
        .map(ConfigNode::origin)
        .orElse(new Origin("built-in defaults", 0, 0, key.path()));
  }

  /** The node that set {@code key}, if any did. */
  Optional<ConfigNode> nodeOf(Key<?> key) {
    return merged.find(key.path()).filter(ValueNodes::isSet);
  }

  private <T> T bind(Key<T> key) {
    Optional<ConfigNode> node = nodeOf(key);
    if (node.isEmpty()) {
      return key.defaultValue();
    }
    int errorsBefore = diagnostics.errorCount();
    try {
      T value = key.type().parse(node.get(), diagnostics);
      return diagnostics.errorCount() > errorsBefore ? key.defaultValue() : value;
    } catch (InvalidValueException invalid) {
      String mapped =
          node.get().origin().path().equals(key.path()) ? "" : " (sets " + key.path() + ")";
      diagnostics.error(node.get(), invalid.getMessage() + mapped);
      return key.defaultValue();
    }
  }
}
