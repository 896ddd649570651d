package io.kilowatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.SettingsLoader;
import io.kilowatch.config.TariffSettings;
import io.kilowatch.core.energy.ConsumerPrice;
import io.kilowatch.core.energy.ConsumerPricing;
import io.kilowatch.core.energy.PlnPerMwh;
import io.kilowatch.core.energy.TariffZone;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingTest {

  @TempDir Path folder;

  @Test
  void aConfiguredG13_pricesEachOfItsThreeZonesAtItsOwnRate() throws IOException {
    ConsumerPricing pricing =
        Pricing.of(
            tariff(
                """
                tariff:
                  type: G13
                  sc-component: 0
                  rate-tables:
                    G13:
                      - valid-from: 2024-01-01
                        rates: {morning-peak: 0.35, afternoon-peak: 0.52, off-peak: 0.12}
                """));
    PlnPerMwh free = new PlnPerMwh(BigDecimal.ZERO);

    // Tuesday 2026-06-16: a working day in summer
    ConsumerPrice morning = pricing.price(free, LocalDateTime.of(2026, 6, 16, 8, 0));
    ConsumerPrice evening = pricing.price(free, LocalDateTime.of(2026, 6, 16, 20, 0));
    ConsumerPrice night = pricing.price(free, LocalDateTime.of(2026, 6, 16, 3, 0));

    assertThat(morning.zone()).isEqualTo(TariffZone.MORNING_PEAK);
    assertThat(morning.distribution().value()).isEqualByComparingTo("0.35");
    assertThat(evening.zone()).isEqualTo(TariffZone.AFTERNOON_PEAK);
    assertThat(evening.distribution().value()).isEqualByComparingTo("0.52");
    assertThat(night.zone()).isEqualTo(TariffZone.OFF_PEAK);
    assertThat(night.distribution().value()).isEqualByComparingTo("0.12");
  }

  private TariffSettings tariff(String yaml) throws IOException {
    Path file = Files.writeString(folder.resolve("kilowatch.yaml"), yaml);
    return new SettingsLoader(Map.of())
        .load(ConfigSources.none().withKilowatchFile(file))
        .settings()
        .tariff();
  }
}
