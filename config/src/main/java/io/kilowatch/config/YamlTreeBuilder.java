package io.kilowatch.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a composed SnakeYAML node graph into {@link ConfigNode}s without constructing any Java
 * object from it. Accepts only YAML's plain types (string, integer, float, boolean, null,
 * timestamp, mapping, sequence); rejects other tags, merge keys and duplicate keys; and bounds
 * alias expansion, so an alias bomb stops after {@value #MAX_ALIAS_EXPANSIONS} expansions instead
 * of filling the heap.
 */
final class YamlTreeBuilder {

  /** Most collection aliases expanded per file; a hand-written configuration needs a handful. */
  static final int MAX_ALIAS_EXPANSIONS = 50;

  private static final Set<Tag> SCALAR_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP);

  private final String file;
  private final Diagnostics diagnostics;
  private final Set<Node> expanded = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
  private int aliasExpansions;

  private YamlTreeBuilder(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /**
   * The tree of a document whose root must be a mapping; empty (with an error reported) if it is
   * not, or if alias expansion was cut off.
   */
  static Optional<MapNode> build(Node root, String file, Diagnostics diagnostics) {
    YamlTreeBuilder builder = new YamlTreeBuilder(file, diagnostics);
    Origin origin = builder.origin(root.getStartMark(), "");
    if (!(root instanceof MappingNode)) {
      diagnostics.error(
          origin.withPath(Origin.DOCUMENT),
          "",
          "the file must be a mapping of keys to values, e.g. 'http:' on the first line");
      return Optional.empty();
    }
    try {
      return Optional.of((MapNode) builder.convert(root, origin));
    } catch (AliasLimitReached reached) {
      return Optional.empty();
    }
  }

  private ConfigNode convert(Node node, Origin origin) {
    if (node instanceof MappingNode || node instanceof SequenceNode) {
      if (onPath.contains(node)) {
        diagnostics.error(
            origin, "*alias", "an alias refers to a mapping or list that contains it");
        throw new AliasLimitReached();
      }
      if (!expanded.add(node) && ++aliasExpansions > MAX_ALIAS_EXPANSIONS) {
        diagnostics.error(
            origin,
            "*alias",
            "more than "
                + MAX_ALIAS_EXPANSIONS
                + " aliases expanded in this file (an alias bomb?); write the values out");
        throw new AliasLimitReached();
      }
      onPath.add(node);
      try {
        return node instanceof MappingNode mapping
            ? convertMapping(mapping, origin)
            : convertSequence((SequenceNode) node, origin);
      } finally {
        onPath.remove(node);
      }
    }
    org.yaml.snakeyaml.nodes.ScalarNode scalar = (org.yaml.snakeyaml.nodes.ScalarNode) node;
    if (!SCALAR_TAGS.contains(scalar.getTag())) {
      diagnostics.error(origin, scalar.getValue(), unsupportedTag(scalar.getTag()));
      return ScalarNode.of(scalar.getValue(), origin);
    }
    return new ScalarNode(
        scalar.getTag().equals(Tag.NULL) ? "" : scalar.getValue(),
        scalar.getTag().equals(Tag.NULL),
        origin);
  }

  private MapNode convertMapping(MappingNode mapping, Origin origin) {
    if (!mapping.getTag().equals(Tag.MAP)) {
      diagnostics.error(origin, "", unsupportedTag(mapping.getTag()));
    }
    Map<String, ConfigNode> entries = new LinkedHashMap<>();
    Map<String, Integer> firstLines = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      Origin keyOrigin = origin(keyNode.getStartMark(), origin.path());
      if (!(keyNode instanceof org.yaml.snakeyaml.nodes.ScalarNode key)) {
        diagnostics.error(keyOrigin, "", "a key must be a plain word, not a mapping or list");
        continue;
      }
      if (key.getTag().equals(Tag.MERGE)) {
        diagnostics.error(
            keyOrigin, "<<", "merge keys (<<) are not supported; write the values out");
        continue;
      }
      String name = key.getValue();
      Origin valueOrigin = keyOrigin.withPath(origin.child(name));
      Integer firstLine = firstLines.putIfAbsent(name, valueOrigin.line());
      if (firstLine != null) {
        diagnostics.error(
            valueOrigin,
            tuple.getValueNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode value
                ? value.getValue()
                : "",
            "duplicate key; it was already set on line " + firstLine);
        continue;
      }
      entries.put(name, convert(tuple.getValueNode(), valueOrigin));
    }
    return new MapNode(entries, origin);
  }

  private ListNode convertSequence(SequenceNode sequence, Origin origin) {
    if (!sequence.getTag().equals(Tag.SEQ)) {
      diagnostics.error(origin, "", unsupportedTag(sequence.getTag()));
    }
    List<ConfigNode> items = new ArrayList<>();
    List<Node> values = sequence.getValue();
    for (int i = 0; i < values.size(); i++) {
      Node item = values.get(i);
      items.add(convert(item, origin(item.getStartMark(), origin.path() + "[" + i + "]")));
    }
    return new ListNode(items, origin);
  }

  private Origin origin(Mark mark, String path) {
    return Origin.inFile(file, mark.getLine() + 1, mark.getColumn() + 1, path);
  }

  private static String unsupportedTag(Tag tag) {
    return "the tag "
        + tag.getValue().replace(Tag.PREFIX, "!!")
        + " is not allowed; write a plain value without a tag";
  }

  /** Unwinds the conversion after the alias limit was reported. */
  private static final class AliasLimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AliasLimitReached() {
      super(null, null, false, false);
    }
  }
}
