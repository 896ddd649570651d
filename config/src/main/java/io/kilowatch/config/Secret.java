package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * A configured secret (the HTTP access token). Its text is available only through {@link
 * #reveal()}; {@link #toString()} never shows it, so a secret cannot leak into a log line or an
 * error message by accident. Equality compares in constant time.
 */
public final class Secret {

  /** The empty secret: nothing configured. */
  public static final Secret NONE = new Secret("");

  private static final String MASK = "****";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * A secret holding {@code value}; an empty string gives {@link #NONE}.
   *
   * @throws IllegalArgumentException if {@code value} is blank but not empty, or has leading or
   *     trailing whitespace (the message does not show the value)
   */
  public static Secret of(String value) {
    requireNonNull(value, "'value' must not be null");
    if (value.isEmpty()) {
      return NONE;
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          "'value' must not be blank or have leading or trailing whitespace, but was " + MASK);
    }
    return new Secret(value);
  }

  /** The secret's text; empty if none is configured. Never log or print it. */
  public String reveal() {
    return value;
  }

  /** Whether no secret is configured. */
  public boolean isEmpty() {
    return value.isEmpty();
  }

  /** {@code ****} for a configured secret, {@code (none)} for {@link #NONE}. */
  @Override
  public String toString() {
    return value.isEmpty() ? "(none)" : MASK;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Secret that
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(value.isEmpty());
  }
}
