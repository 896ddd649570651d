package io.kilowatch.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.port.PriceSource;
import io.kilowatch.core.port.PriceSourceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PriceSource} must do: deliver a published day whole (also on daylight-saving
 * days and with negative prices), report an unpublished day as empty, and turn any failure into a
 * {@link PriceSourceException}, never a partial day. An implementation's test extends this class
 * and supplies sources in each situation.
 */
public abstract class PriceSourceContract {

  /** A source that has published {@code day} (and answers for its business date). */
  protected abstract PriceSource sourcePublishing(PriceDay day) throws Exception;

  /** A source that has published nothing for the date asked. */
  protected abstract PriceSource sourceWithNothingPublished() throws Exception;

  /** A source that cannot be reached or keeps failing. */
  protected abstract PriceSource failingSource() throws Exception;

  @Test
  void fetch_ofAQuarterHourDay_returnsItWhole() throws Exception {
    PriceDay day = PriceDays.random(LocalDate.of(2025, 10, 5), PriceDays.QUARTER, new Random(7));

    assertThat(sourcePublishing(day).fetch(day.businessDate())).contains(day);
  }

  @Test
  void fetch_ofAnHourlyDay_returnsItWhole() throws Exception {
    PriceDay day = PriceDays.random(LocalDate.of(2024, 7, 1), PriceDays.HOUR, new Random(8));

    assertThat(sourcePublishing(day).fetch(day.businessDate())).contains(day);
  }

  @Test
  void fetch_ofTheSpringDaylightSavingDay_returns92Periods() throws Exception {
    PriceDay day =
        PriceDays.random(PriceDays.SPRING_FORWARD_2025, PriceDays.QUARTER, new Random(9));

    PriceDay fetched = sourcePublishing(day).fetch(day.businessDate()).orElseThrow();

    assertThat(fetched).isEqualTo(day);
    assertThat(fetched.periods()).hasSize(92);
  }

  @Test
  void fetch_ofTheAutumnDaylightSavingDay_returns100Periods() throws Exception {
    PriceDay day = PriceDays.random(PriceDays.FALL_BACK_2025, PriceDays.QUARTER, new Random(10));

    PriceDay fetched = sourcePublishing(day).fetch(day.businessDate()).orElseThrow();

    assertThat(fetched).isEqualTo(day);
    assertThat(fetched.periods()).hasSize(100);
  }

  @Test
  void fetch_ofNegativeAndZeroPrices_keepsThem() throws Exception {
    PriceDay day =
        PriceDays.withPrices(
            LocalDate.of(2025, 5, 11),
            PriceDays.QUARTER,
            index -> BigDecimal.valueOf(index % 3 == 0 ? 0 : -index * 137L, 2));

    assertThat(sourcePublishing(day).fetch(day.businessDate())).contains(day);
  }

  @Test
  void fetch_ofAnUnpublishedDay_returnsEmpty() throws Exception {
    assertThat(sourceWithNothingPublished().fetch(LocalDate.of(2026, 11, 24))).isEmpty();
  }

  @Test
  void fetch_whenTheSourceFails_throwsPriceSourceException() throws Exception {
    PriceSource source = failingSource();

    assertThatThrownBy(() -> source.fetch(LocalDate.of(2026, 11, 24)))
        .isInstanceOf(PriceSourceException.class)
        .hasMessageContaining("2026-11-24");
  }
}
