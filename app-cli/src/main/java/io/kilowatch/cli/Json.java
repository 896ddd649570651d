package io.kilowatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reading fields of a body for the human output: a missing or null field is shown as {@code -}. */
final class Json {

  private Json() {}

  /** The field as text, {@code -} when missing or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? "-" : value.asText();
  }

  /** The number with {@code decimals} decimals, then {@code unit}; {@code -} when missing. */
  static String number(JsonNode node, String field, int decimals, String unit) {
    JsonNode value = node.path(field);
    if (!value.isNumber()) {
      return "-";
    }
    String number = String.format(Locale.ROOT, "%." + decimals + "f", value.asDouble());
    return unit.isEmpty() ? number : number + " " + unit;
  }

  /** The field as a time, if it is an ISO-8601 date-time with offset. */
  static Optional<OffsetDateTime> time(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code HH:mm} of the field's time, {@code -} when it is none. */
  static String clock(JsonNode node, String field) {
    return time(node, field)
        .map(time -> String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute()))
        .orElse("-");
  }
}
