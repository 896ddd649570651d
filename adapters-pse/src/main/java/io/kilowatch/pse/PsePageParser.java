package io.kilowatch.pse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kilowatch.core.energy.PlnPerMwh;
import io.kilowatch.core.energy.PricePeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Reads one page of a PSE price report ({@code csdac-pln}, {@code rce-pln}, ...): the envelope
 * {@code {"value": [rows], "nextLink": "..."}}, and each row's business date, UTC end ({@code
 * dtime_utc}, the END of the period), UTC period label ({@code period_utc}, for the length) and
 * price. The local labels ({@code dtime}, {@code period}) are never read: they are ambiguous or
 * malformed on daylight-saving days ({@code 02a:15}). Thread-safe.
 */
final class PsePageParser {

  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss][.SSSSSS][.SSS]");
  private static final Pattern PERIOD =
      Pattern.compile("(\\d{1,2}):(\\d{2}) - (\\d{1,2}):(\\d{2})");
  private static final int MINUTES_PER_DAY = 24 * 60;
  private static final int MAX_SHOWN = 80;

  private final ObjectMapper mapper =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private final String priceField;

  /**
   * @param priceField the row field holding the price in PLN/MWh, e.g. {@code csdac_pln}
   */
  PsePageParser(String priceField) {
    this.priceField = requireNonNull(priceField, "'priceField' must not be null");
  }

  /**
   * Parses {@code body}, whose rows must all be of {@code businessDate}.
   *
   * @param firstRow number of the page's first row in the whole response (1 for the first page),
   *     for messages
   * @throws BadResponseException naming the row and field that are wrong
   */
  PsePage parse(String body, LocalDate businessDate, int firstRow) throws BadResponseException {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JacksonException e) {
      throw new BadResponseException(
          "the response is not JSON (" + e.getOriginalMessage() + "): " + shown(body), e);
    }
    if (root == null || !root.isObject()) {
      throw new BadResponseException("the response is not a JSON object: " + shown(body));
    }
    JsonNode rows = root.get("value");
    if (rows == null || !rows.isArray()) {
      throw new BadResponseException("the response has no 'value' array: " + shown(body));
    }
    List<PricePeriod> periods = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      periods.add(period(rows.get(i), businessDate, firstRow + i));
    }
    return new PsePage(periods, cursorOf(root.get("nextLink")));
  }

  private PricePeriod period(JsonNode row, LocalDate businessDate, int number)
      throws BadResponseException {
    if (!row.isObject()) {
      throw new BadResponseException(
          "row " + number + " is not an object: " + shown(row.toString()));
    }
    String date = text(row, "business_date", number);
    if (!date.equals(businessDate.toString())) {
      throw new BadResponseException(
          "row " + number + " is of business_date " + date + ", not " + businessDate);
    }
    Instant end = utcTime(row, number);
    Duration length = length(row, number);
    return new PricePeriod(end.minus(length), end, new PlnPerMwh(price(row, number)));
  }

  private Instant utcTime(JsonNode row, int number) throws BadResponseException {
    String value = text(row, "dtime_utc", number);
    try {
      return LocalDateTime.parse(value.replace('T', ' '), UTC_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new BadResponseException(
          "row " + number + " has dtime_utc '" + shown(value) + "', not yyyy-MM-dd HH:mm[:ss]", e);
    }
  }

  /** The length from {@code period_utc}, {@code "HH:MM - HH:MM"}; {@code 24:00} ends a day. */
  private static Duration length(JsonNode row, int number) throws BadResponseException {
    String value = text(row, "period_utc", number);
    Matcher matcher = PERIOD.matcher(value.strip());
    if (!matcher.matches()) {
      throw new BadResponseException(
          "row " + number + " has period_utc '" + shown(value) + "', not HH:MM - HH:MM");
    }
    int start = minutes(matcher.group(1), matcher.group(2));
    int end = minutes(matcher.group(3), matcher.group(4));
    if (start >= MINUTES_PER_DAY || end > MINUTES_PER_DAY) {
      throw new BadResponseException(
          "row " + number + " has period_utc '" + value + "' with a time past 24:00");
    }
    int minutes = end > start ? end - start : end + MINUTES_PER_DAY - start;
    return Duration.ofMinutes(minutes);
  }

  private BigDecimal price(JsonNode row, int number) throws BadResponseException {
    JsonNode price = row.get(priceField);
    if (price == null || price.isNull()) {
      throw new BadResponseException("row " + number + " has no " + priceField);
    }
    if (price.isNumber()) {
      return price.decimalValue();
    }
    if (price.isTextual()) {
      try {
        return new BigDecimal(price.asText().strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new BadResponseException(
        "row " + number + " has " + priceField + " " + shown(price.toString()) + ", not a number");
  }

  private static String text(JsonNode row, String field, int number) throws BadResponseException {
    JsonNode value = row.get(field);
    if (value == null || value.isNull()) {
      throw new BadResponseException("row " + number + " has no " + field);
    }
    if (!value.isTextual()) {
      throw new BadResponseException(
          "row " + number + " has " + field + " " + shown(value.toString()) + ", not a string");
    }
    return value.asText();
  }

  /** The raw {@code $after} value of a {@code nextLink}, whatever its host (often internal). */
  private static @Nullable String cursorOf(@Nullable JsonNode nextLink)
      throws BadResponseException {
    if (nextLink == null || nextLink.isNull()) {
      return null;
    }
    String link = nextLink.asText();
    HttpUrl url = HttpUrl.parse(link);
    String query = url == null ? null : url.encodedQuery();
    if (query != null) {
      for (String parameter : query.split("&", -1)) {
        int equals = parameter.indexOf('=');
        String name = equals < 0 ? parameter : parameter.substring(0, equals);
        if ((name.equals("$after") || name.equalsIgnoreCase("%24after")) && equals > 0) {
          return parameter.substring(equals + 1);
        }
      }
    }
    throw new BadResponseException("the nextLink has no $after cursor: " + shown(link));
  }

  private static int minutes(String hours, String minutes) {
    return Integer.parseInt(hours) * 60 + Integer.parseInt(minutes);
  }

  /** {@code text} on one line, cut to a readable length. */
  static String shown(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_SHOWN ? line : line.substring(0, MAX_SHOWN) + "...";
  }
}
