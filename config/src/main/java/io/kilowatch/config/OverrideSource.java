package io.kilowatch.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the apps' explicit overrides, keyed by key path ({@code http.port}). Lists are
 * comma-separated; a blank value sets nothing. An unknown key is an error naming the closest one.
 */
final class OverrideSource {

  private OverrideSource() {}

  static MapNode read(Map<String, String> overrides, Diagnostics diagnostics) {
    Map<String, ConfigNode> values = new LinkedHashMap<>();
    overrides.forEach(
        (path, value) -> {
          Origin origin = new Origin("override", 0, 0, path);
          if (ConfigKeys.find(path).isEmpty()) {
            diagnostics.error(
                origin,
                value,
                "unknown key" + KeySuggester.hint(path, ConfigKeys.keyPaths(), List.of()));
          } else if (!value.isBlank()) {
            values.put(path, ScalarNode.of(value, origin));
          }
        });
    return FlatTree.of(values, new Origin("override", 0, 0, ""));
  }
}
