package io.kilowatch.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the valid key closest to a misspelled one, by Levenshtein distance. */
final class KeySuggester {

  private KeySuggester() {}

  /**
   * The candidate closest to {@code wrong}, if it is close enough to be a likely typo: at most 2
   * edits, or a third of the length for longer keys. Ties go to the earlier candidate.
   */
  static Optional<String> closest(String wrong, Collection<String> candidates) {
    String lowerWrong = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(lowerWrong, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, wrong.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** The number of single-character insertions, deletions and substitutions from a to b. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** {@code ; did you mean 'x'?} or, without a close match, {@code ; valid keys here: a, b}. */
  static String hint(String wrong, Collection<String> candidates, Collection<String> siblings) {
    Optional<String> closest = closest(wrong, candidates);
    if (closest.isPresent()) {
      return "; did you mean '" + closest.get() + "'?";
    }
    return siblings.isEmpty() ? "" : "; valid keys here: " + String.join(", ", siblings);
  }
}
