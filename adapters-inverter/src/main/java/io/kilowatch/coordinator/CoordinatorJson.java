package io.kilowatch.coordinator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reading the coordinator's JSON leniently: Python's {@code NaN}/{@code Infinity} tokens are
 * accepted (and read as unknown), trailing garbage is not (so a torn file never half-parses), and
 * values are looked up under several names because coordinator versions named them differently.
 * Thread-safe.
 */
final class CoordinatorJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private CoordinatorJson() {}

  /** The JSON object in {@code text}, or empty if it is not exactly one object. */
  static Optional<JsonNode> object(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The JSON object in {@code bytes}, or empty if it is not exactly one object. */
  static Optional<JsonNode> object(byte[] bytes) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The first of {@code names} in {@code parent} that holds a finite number (or a numeric string),
   * or {@code null}. {@code "Unknown"}, {@code null}, NaN and other values count as absent.
   */
  static @Nullable Double number(JsonNode parent, String... names) {
    for (String name : names) {
      Double value = number(parent.get(name));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** {@code node} as a finite number, or {@code null}. */
  static @Nullable Double number(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isNumber()) {
      double value = node.doubleValue();
      return Double.isFinite(value) ? value : null;
    }
    if (node.isTextual()) {
      try {
        double value = Double.parseDouble(node.textValue().strip());
        return Double.isFinite(value) ? value : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** The first of {@code names} holding a non-blank string, or {@code null}. */
  static @Nullable String text(JsonNode parent, String... names) {
    for (String name : names) {
      JsonNode node = parent.get(name);
      if (node != null && node.isTextual() && !node.textValue().isBlank()) {
        return node.textValue();
      }
    }
    return null;
  }

  /** {@code name} as a boolean, or {@code null}. */
  static @Nullable Boolean bool(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    return (node != null && node.isBoolean()) ? node.booleanValue() : null;
  }

  /** {@code name} as a whole number, or {@code null}. */
  static @Nullable Integer integer(JsonNode parent, String name) {
    Double value = number(parent, name);
    if (value == null || value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      return null;
    }
    return value.intValue();
  }

  /** The object under {@code name}, or an empty object. */
  static JsonNode section(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    return node != null && node.isObject() ? node : MAPPER.createObjectNode();
  }
}
