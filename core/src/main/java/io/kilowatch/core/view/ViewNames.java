package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * Rules for view names: 1 to 120 characters from {@code a-z 0-9 . _ : / -}, starting with a letter
 * or digit. Names appear in URLs, metrics and as storage keys, so they stay plain.
 */
public final class ViewNames {

  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._:/-]{0,119}");

  private ViewNames() {}

  /**
   * Returns {@code name} if valid.
   *
   * @throws IllegalArgumentException naming the bad name
   */
  public static String requireValid(String name) {
    requireNonNull(name, "'name' must not be null");
    if (!VALID.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "view name must be 1 to 120 characters of a-z 0-9 . _ : / - starting with a letter or"
              + " digit, but was '"
              + name
              + "'");
    }
    return name;
  }
}
