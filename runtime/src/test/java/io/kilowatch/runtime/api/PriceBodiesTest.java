package io.kilowatch.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.energy.Tariff;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceBodiesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void day_namesTodayOrTomorrowByWordOrDate() {
    assertThat(PriceBodies.day(null, TODAY)).isEqualTo(PriceBodies.Day.TODAY);
    assertThat(PriceBodies.day("tomorrow", TODAY)).isEqualTo(PriceBodies.Day.TOMORROW);
    assertThat(PriceBodies.day("2026-11-23", TODAY)).isEqualTo(PriceBodies.Day.TODAY);
    assertThat(PriceBodies.day("2026-11-24", TODAY)).isEqualTo(PriceBodies.Day.TOMORROW);
  }

  @Test
  void day_ofAnotherDate_isABadParameterNamingBothDays() {
    assertThatThrownBy(() -> PriceBodies.day("2026-11-20", TODAY))
        .isInstanceOf(BadParameterException.class)
        .hasMessage(
            "parameter 'day' must be today (2026-11-23) or tomorrow (2026-11-24): Kilowatch holds"
                + " those two price days, but was '2026-11-20'")
        .extracting(e -> ((BadParameterException) e).parameter())
        .isEqualTo("day");
    assertThatThrownBy(() -> PriceBodies.day("soon", TODAY))
        .isInstanceOf(BadParameterException.class)
        .hasMessageContaining("but was 'soon'");
  }

  @Test
  void window_readsMinutesAndHoursFrom15MinutesTo24Hours() {
    assertThat(PriceBodies.window("90m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(PriceBodies.window("2h")).isEqualTo(Duration.ofHours(2));
    assertThatThrownBy(() -> PriceBodies.window("7m"))
        .isInstanceOf(BadParameterException.class)
        .extracting(e -> ((BadParameterException) e).problem())
        .isEqualTo("must be a duration from 15m to 24h such as 90m or 2h, but was '7m'");
    assertThatThrownBy(() -> PriceBodies.window("25h")).isInstanceOf(BadParameterException.class);
  }

  @Test
  void tariff_readsAnyCaseAndListsTheTariffsWhenUnknown() {
    assertThat(PriceBodies.tariff("g12as")).isEqualTo(Tariff.G12AS);
    assertThatThrownBy(() -> PriceBodies.tariff("G99"))
        .isInstanceOf(BadParameterException.class)
        .hasMessageStartingWith("parameter 'tariff' must be one of G11, G12,");
  }
}
