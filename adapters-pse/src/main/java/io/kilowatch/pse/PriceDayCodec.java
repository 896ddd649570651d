package io.kilowatch.pse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kilowatch.core.energy.PlnPerMwh;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.PricePeriod;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns a {@link PriceDay} into {@link ArchivedPriceDay} JSON bytes and back. Thread-safe. */
final class PriceDayCodec {

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  byte[] encode(PriceDay day) {
    List<ArchivedPriceDay.Period> periods = new ArrayList<>(day.periods().size());
    for (PricePeriod period : day.periods()) {
      periods.add(
          new ArchivedPriceDay.Period(
              period.start().toString(), period.end().toString(), period.price().value()));
    }
    try {
      return mapper.writeValueAsBytes(
          new ArchivedPriceDay(
              ArchivedPriceDay.FORMAT, day.businessDate().toString(), day.zone().getId(), periods));
    } catch (JacksonException e) {
      throw new IllegalStateException("could not encode the price day " + day, e);
    }
  }

  /**
   * Decodes bytes written by {@link #encode}.
   *
   * @throws IOException naming what is wrong, if they are not a whole, valid price day
   */
  PriceDay decode(byte[] bytes) throws IOException {
    ArchivedPriceDay archived;
    try {
      archived = mapper.readValue(bytes, ArchivedPriceDay.class);
    } catch (JacksonException e) {
      throw new IOException("the file is no price day JSON: " + e.getOriginalMessage(), e);
    }
    if (archived == null) {
      throw new IOException("the file holds no price day");
    }
    if (archived.format() != ArchivedPriceDay.FORMAT) {
      throw new IOException(
          "format " + archived.format() + " is not the known format " + ArchivedPriceDay.FORMAT);
    }
    try {
      List<PricePeriod> periods = new ArrayList<>();
      for (ArchivedPriceDay.Period period : required(archived.periods(), "periods")) {
        required(period, "period");
        periods.add(
            new PricePeriod(
                Instant.parse(required(period.start(), "start")),
                Instant.parse(required(period.end(), "end")),
                new PlnPerMwh(required(period.price(), "price"))));
      }
      return new PriceDay(
          LocalDate.parse(required(archived.businessDate(), "businessDate")),
          ZoneId.of(required(archived.zone(), "zone")),
          periods);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IOException("the file holds no valid price day: " + e.getMessage(), e);
    }
  }

  private static <T> T required(@Nullable T value, String field) throws IOException {
    if (value == null) {
      throw new IOException("the file has no " + field);
    }
    return value;
  }
}
