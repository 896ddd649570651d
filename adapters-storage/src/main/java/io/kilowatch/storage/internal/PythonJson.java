package io.kilowatch.storage.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * JSON as the coordinator's Python writes it ({@code json.dumps} defaults: {@code ", "} and {@code
 * ": "} separators, keys in insertion order). Values: maps, lists, strings, numbers, booleans and
 * {@code null}; a {@code double} NaN or infinity is written as Python does ({@code NaN}, {@code
 * Infinity}), which is not strict JSON.
 */
public final class PythonJson {

  private PythonJson() {}

  /** {@code value} as Python's {@code json.dumps} would write it. */
  public static String write(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value instanceof Boolean bool) {
      return bool ? "true" : "false";
    }
    if (value instanceof Double d) {
      if (d.isNaN()) {
        return "NaN";
      }
      if (d.isInfinite()) {
        return d > 0 ? "Infinity" : "-Infinity";
      }
      return BigDecimal.valueOf(d).toPlainString();
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(entry -> write(String.valueOf(entry.getKey())) + ": " + write(entry.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(PythonJson::write).collect(Collectors.joining(", ", "[", "]"));
    }
    throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
  }
}
