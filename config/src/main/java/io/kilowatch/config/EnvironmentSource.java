package io.kilowatch.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@code KILOWATCH_*} environment variables: each key's variable is its path upper-cased,
 * dots and dashes turned into underscores ({@code pse.base-url} is {@code KILOWATCH_PSE_BASE_URL}).
 * Lists are comma-separated. An empty variable sets nothing. A {@code KILOWATCH_} variable that
 * matches no key is ignored with a warning naming the closest one.
 */
final class EnvironmentSource {

  private static final List<String> RESERVED =
      List.of(ConfigSources.CONFIG_FILE_VARIABLE, ConfigSources.COORDINATOR_FILE_VARIABLE);

  private EnvironmentSource() {}

  static MapNode read(Map<String, String> environment, Diagnostics diagnostics) {
    Map<String, Key<?>> byVariable = new LinkedHashMap<>();
    for (Key<?> key : ConfigKeys.ALL) {
      byVariable.put(key.environmentVariable(), key);
    }
    Map<String, ConfigNode> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> variable : new TreeMap<>(environment).entrySet()) {
      String name = variable.getKey();
      if (!name.startsWith(KeyPaths.ENV_PREFIX) || RESERVED.contains(name)) {
        continue;
      }
      Key<?> key = byVariable.get(name);
      Origin origin =
          new Origin("environment variable " + name, 0, 0, key == null ? name : key.path());
      if (key == null) {
        List<String> candidates = new ArrayList<>(byVariable.keySet());
        diagnostics.warning(
            origin,
            variable.getValue(),
            "ignored: no such setting" + KeySuggester.hint(name, candidates, List.of()));
      } else if (!variable.getValue().isBlank()) {
        values.put(key.path(), ScalarNode.of(variable.getValue(), origin));
      }
    }
    return FlatTree.of(values, new Origin("environment", 0, 0, ""));
  }
}
