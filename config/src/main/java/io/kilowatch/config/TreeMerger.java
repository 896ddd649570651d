package io.kilowatch.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lays one tree over another: mappings merge key by key, anything else in the overlay replaces what
 * is below it (a list replaces a list whole), and an empty value in the overlay changes nothing.
 */
final class TreeMerger {

  private TreeMerger() {}

  static MapNode merge(MapNode base, MapNode overlay) {
    Map<String, ConfigNode> merged = new LinkedHashMap<>(base.entries());
    overlay
        .entries()
        .forEach(
            (key, value) -> {
              if (!ValueNodes.isSet(value)) {
                return;
              }
              ConfigNode below = merged.get(key);
              merged.put(
                  key,
                  below instanceof MapNode belowMap && value instanceof MapNode valueMap
                      ? merge(belowMap, valueMap)
                      : value);
            });
    return new MapNode(merged, base.origin());
  }
}
