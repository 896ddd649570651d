package io.kilowatch.pse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kilowatch.core.energy.ClockLabel;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.PricePeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** PSE response bodies for tests: recorded ones from resources, or made from a price day. */
final class PseJson {

  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private PseJson() {}

  /** The rows of a recorded resource in {@code /pse/}: a whole response or just its value array. */
  static List<ObjectNode> rows(String resource) {
    try (InputStream in =
        Objects.requireNonNull(
            PseJson.class.getResourceAsStream("/pse/" + resource), "no resource " + resource)) {
      JsonNode root = MAPPER.readTree(in);
      JsonNode value = root.isArray() ? root : root.get("value");
      List<ObjectNode> rows = new ArrayList<>();
      value.forEach(row -> rows.add((ObjectNode) row));
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The recorded resource as it is. */
  static String text(String resource) {
    try (InputStream in =
        Objects.requireNonNull(
            PseJson.class.getResourceAsStream("/pse/" + resource), "no resource " + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code {"value": rows}}. */
  static String envelope(List<? extends JsonNode> rows) {
    return envelope(rows, null);
  }

  /** {@code {"value": rows, "nextLink": nextLink}}. */
  static String envelope(List<? extends JsonNode> rows, @Nullable String nextLink) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode value = root.putArray("value");
    rows.forEach(value::add);
    if (nextLink != null) {
      root.put("nextLink", nextLink);
    }
    return root.toString();
  }

  /** Deep copies of {@code rows}, to change one without touching the others. */
  static List<ObjectNode> copies(List<ObjectNode> rows) {
    List<ObjectNode> copies = new ArrayList<>();
    rows.forEach(row -> copies.add(row.deepCopy()));
    return copies;
  }

  /**
   * The csdac-pln rows the PSE would publish for {@code day}: UTC fields exact, local labels in the
   * PSE's style (the repeated autumn hour tagged with {@code a}).
   */
  static List<ObjectNode> rowsOf(PriceDay day) {
    List<ObjectNode> rows = new ArrayList<>();
    for (PricePeriod period : day.periods()) {
      ObjectNode row = MAPPER.createObjectNode();
      ZonedDateTime localStart = period.start().atZone(day.zone());
      ZonedDateTime localEnd = period.end().atZone(day.zone());
      row.put("dtime", LOCAL_TIME.format(localEnd).substring(0, 11) + ClockLabel.of(localEnd));
      row.put("period", ClockLabel.of(localStart) + " - " + ClockLabel.of(localEnd));
      row.put("csdac_pln", period.price().value());
      LocalDateTime utcEnd = LocalDateTime.ofInstant(period.end(), ZoneOffset.UTC);
      LocalDateTime utcStart = LocalDateTime.ofInstant(period.start(), ZoneOffset.UTC);
      row.put("dtime_utc", UTC_TIME.format(utcEnd));
      String utcEndLabel =
          utcEnd.toLocalTime().equals(LocalTime.MIDNIGHT) ? "24:00" : HOUR_MINUTE.format(utcEnd);
      row.put("period_utc", HOUR_MINUTE.format(utcStart) + " - " + utcEndLabel);
      row.put("business_date", day.businessDate().toString());
      row.put("publication_ts", day.businessDate().minusDays(1) + " 13:52:10.366");
      row.put("publication_ts_utc", day.businessDate().minusDays(1) + " 12:52:10.366000");
      rows.add(row);
    }
    return rows;
  }
}
