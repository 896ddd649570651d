package io.kilowatch.config;

import java.util.Map;

/**
 * Reports keys of a Kilowatch YAML file that are not in {@link ConfigKeys}, with the closest valid
 * key, and sections written as plain values. What lies under a key (e.g. the rate tables) is its
 * type's business.
 */
final class UnknownKeyCheck {

  private UnknownKeyCheck() {}

  static void check(MapNode tree, Diagnostics diagnostics) {
    check(tree, "", diagnostics);
  }

  private static void check(MapNode node, String section, Diagnostics diagnostics) {
    for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
      String path = section.isEmpty() ? entry.getKey() : section + "." + entry.getKey();
      ConfigNode value = entry.getValue();
      if (entry.getKey().contains(".")) {
        diagnostics.error(
            value,
            "unknown key; dotted keys are not expanded, nest them ("
                + String.join(": then ", KeyPaths.segments(entry.getKey()))
                + ":, one per line)");
        continue;
      }
      if (ConfigKeys.find(path).isPresent()) {
        continue;
      }
      if (ConfigKeys.isSection(path)) {
        if (value instanceof MapNode map) {
          check(map, path, diagnostics);
        } else if (ValueNodes.isSet(value)) {
          diagnostics.error(
              value,
              "is a section; expected a mapping of "
                  + String.join(", ", ConfigKeys.childrenOf(path)));
        }
        continue;
      }
      diagnostics.error(
          value,
          "unknown key"
              + KeySuggester.hint(path, ConfigKeys.allPaths(), ConfigKeys.childrenOf(section)));
    }
  }
}
