package io.kilowatch.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the key path at a line of a YAML file that does not parse, from the indentation of the
 * key lines above it, so a syntax error can name a key as well as a line.
 */
final class SyntaxErrorLocator {

  private static final Pattern KEY_LINE =
      Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z0-9_][A-Za-z0-9_.\\-]*)\\s*:(?:\\s|$)");

  private SyntaxErrorLocator() {}

  /**
   * The key path of the innermost key at or above {@code lineIndex} (0-based), or {@code
   * (document)} if none can be seen.
   */
  static String keyPathAt(List<String> lines, int lineIndex) {
    Deque<Integer> indents = new ArrayDeque<>();
    Deque<String> keys = new ArrayDeque<>();
    for (int i = 0; i <= lineIndex && i < lines.size(); i++) {
      Matcher key = KEY_LINE.matcher(lines.get(i));
      if (!key.find()) {
        continue;
      }
      int indent = key.start(1);
      while (!indents.isEmpty() && indents.peek() >= indent) {
        indents.pop();
        keys.pop();
      }
      indents.push(indent);
      keys.push(key.group(1));
    }
    if (keys.isEmpty()) {
      return Origin.DOCUMENT;
    }
    List<String> path = new ArrayList<>(keys);
    Collections.reverse(path);
    return String.join(".", path);
  }

  /** Line {@code lineIndex} (0-based) without surrounding blanks, or empty if out of range. */
  static String lineAt(List<String> lines, int lineIndex) {
    return lineIndex >= 0 && lineIndex < lines.size() ? lines.get(lineIndex).strip() : "";
  }
}
