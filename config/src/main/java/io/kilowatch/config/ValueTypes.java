package io.kilowatch.config;

import io.kilowatch.core.energy.Tariff;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The value types of the keys in {@link ConfigKeys}. */
final class ValueTypes {

  private static final Pattern REPORT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private ValueTypes() {}

  /** The text of a scalar node. */
  static String text(ConfigNode node, String expected) {
    if (node instanceof ScalarNode scalar) {
      return scalar.text().strip();
    }
    throw new InvalidValueException(
        "expected " + expected + ", found " + (node instanceof MapNode ? "a mapping" : "a list"));
  }

  static ValueType<Duration> duration(Duration min, Duration max) {
    return new ClampedType<>(
        scalar("a duration such as 30s", DurationFormat::parse, DurationFormat::format), min, max);
  }

  static ValueType<Integer> integer(int min, int max, boolean clamp) {
    ValueType<Integer> plain =
        scalar(
            "a whole number",
            text -> {
              if (!INTEGER.matcher(text).matches()) {
                throw new InvalidValueException("is not a whole number");
              }
              return Integer.parseInt(text);
            },
            String::valueOf);
    return clamp ? new ClampedType<>(plain, min, max) : new RangeCheckedType<>(plain, min, max);
  }

  static ValueType<BigDecimal> decimal(BigDecimal min, BigDecimal max) {
    return new RangeCheckedType<>(
        scalar(
            "a decimal number such as 0.0892",
            text -> {
              if (!DECIMAL.matcher(text).matches()) {
                throw new InvalidValueException("is not a decimal number such as 0.0892");
              }
              return new BigDecimal(text).stripTrailingZeros();
            },
            BigDecimal::toPlainString),
        min,
        max);
  }

  static ValueType<Boolean> bool() {
    return scalar(
        "true or false",
        text ->
            switch (text.toLowerCase(Locale.ROOT)) {
              case "true", "yes", "on" -> true;
              case "false", "no", "off" -> false;
              default -> throw new InvalidValueException("is not true or false");
            },
        String::valueOf);
  }

  static ValueType<String> host() {
    return scalar(
        "a host name or address",
        text -> {
          if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException("is not a host name or address such as 127.0.0.1");
          }
          return text;
        },
        Function.identity());
  }

  static ValueType<String> reportName() {
    return scalar(
        "a PSE report name such as csdac-pln",
        text -> {
          if (!REPORT.matcher(text).matches()) {
            throw new InvalidValueException(
                "is not a PSE report name (lower case letters and digits joined by dashes, e.g."
                    + " csdac-pln)");
          }
          return text;
        },
        Function.identity());
  }

  static ValueType<Path> path() {
    return scalar(
        "a file or folder path",
        text -> {
          if (text.isEmpty()) {
            throw new InvalidValueException("is an empty path");
          }
          if (text.startsWith("~")) {
            throw new InvalidValueException(
                "starts with '~', which is not expanded; write the full path");
          }
          try {
            return Path.of(text);
          } catch (InvalidPathException invalid) {
            throw new InvalidValueException("is not a valid path: " + invalid.getReason());
          }
        },
        Path::toString);
  }

  static ValueType<URI> httpUrl() {
    return scalar(
        "an http(s) URL",
        text -> {
          String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
          URI uri;
          try {
            uri = new URI(trimmed);
          } catch (URISyntaxException invalid) {
            throw new InvalidValueException("is not a URL: " + invalid.getReason());
          }
          if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
              || uri.getHost() == null
              || uri.getRawQuery() != null
              || uri.getRawFragment() != null
              || uri.getRawPath().endsWith("/")) {
            throw new InvalidValueException(
                "is not an http(s) URL without query or fragment, e.g."
                    + " https://api.raporty.pse.pl/api");
          }
          return uri;
        },
        URI::toString);
  }

  static ValueType<LocalTime> localTime() {
    return scalar(
        "a time of day such as 13:30",
        text -> {
          try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
          } catch (DateTimeParseException invalid) {
            throw new InvalidValueException("is not a time of day such as 13:30");
          }
        },
        LocalTime::toString);
  }

  static ValueType<ZoneId> zone() {
    return scalar(
        "a time zone such as Europe/Warsaw",
        text -> {
          try {
            return ZoneId.of(text);
          } catch (DateTimeException invalid) {
            throw new InvalidValueException("is not a time zone such as Europe/Warsaw");
          }
        },
        ZoneId::getId);
  }

  static ValueType<Tariff> tariffType() {
    List<String> names = new ArrayList<>();
    for (Tariff type : Tariff.values()) {
      names.add(type.displayName());
    }
    return scalar(
        "a tariff: " + String.join(", ", names),
        text ->
            Tariff.fromName(text)
                .orElseThrow(
                    () ->
                        new InvalidValueException(
                            "is not a tariff; use one of " + String.join(", ", names))),
        Tariff::displayName);
  }

  static ValueType<LogLevel> logLevel() {
    return scalar(
        "a log level",
        text -> {
          for (LogLevel level : LogLevel.values()) {
            if (level.name().equalsIgnoreCase(text)) {
              return level;
            }
          }
          throw new InvalidValueException(
              "is not a log level; use ERROR, WARN, INFO, DEBUG or TRACE");
        },
        LogLevel::name);
  }

  static ValueType<Secret> secret() {
    return scalar(
        "a token",
        text -> {
          if (text.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException("must not contain spaces");
          }
          return Secret.of(text);
        },
        secret -> secret.isEmpty() ? "" : "****");
  }

  /** Allowed browser origins: {@code *} or {@code scheme://host[:port]}. */
  static ValueType<List<String>> origins() {
    return new OriginsType();
  }

  private static <T> ValueType<T> scalar(
      String expected, Function<String, T> parser, Function<T, String> formatter) {
    return new ValueType<>() {
      @Override
      public T parse(ConfigNode node, Diagnostics diagnostics) {
        return parser.apply(text(node, expected));
      }

      @Override
      public String format(T value) {
        return formatter.apply(value);
      }

      @Override
      public String range() {
        return "";
      }
    };
  }
}
