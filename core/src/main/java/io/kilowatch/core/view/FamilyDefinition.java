package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * Everything needed to create a {@link ViewFamily}.
 *
 * @param name the family's name; each key's view is named {@code name/key}
 * @param loader loads one key
 * @param rules the rule for each key: refreshing or immutable; must not return {@code null}
 * @param maximumKeys how many keys are kept at most; the least recently read is evicted first
 */
public record FamilyDefinition<K, T>(
    String name, KeyedLoader<K, T> loader, Function<? super K, KeyRule> rules, int maximumKeys) {

  public FamilyDefinition {
    ViewNames.requireValid(name);
    requireNonNull(loader, "'loader' must not be null");
    requireNonNull(rules, "'rules' must not be null");
    if (maximumKeys < 1) {
      throw new IllegalArgumentException(
          "'maximumKeys' must be at least 1, but was " + maximumKeys);
    }
  }
}
