package io.kilowatch.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a tree from values keyed by dotted path, as environment variables and overrides come. */
final class FlatTree {

  private FlatTree() {}

  /**
   * @param values by key path, e.g. {@code http.port}
   * @param origin the origin of the mappings created on the way
   */
  static MapNode of(Map<String, ConfigNode> values, Origin origin) {
    MapNode tree = MapNode.empty(origin);
    for (Map.Entry<String, ConfigNode> entry : values.entrySet()) {
      tree =
          TreeMerger.merge(tree, nest(KeyPaths.segments(entry.getKey()), entry.getValue(), origin));
    }
    return tree;
  }

  private static MapNode nest(List<String> segments, ConfigNode value, Origin origin) {
    ConfigNode node = value;
    for (int i = segments.size() - 1; i >= 0; i--) {
      Map<String, ConfigNode> entries = new LinkedHashMap<>();
      entries.put(segments.get(i), node);
      node = new MapNode(entries, origin);
    }
    return (MapNode) node;
  }
}
