package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.testing.EnergyReadings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnergyDownsamplerTest {

  private static final Instant ORIGIN = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void downsample_readingsBeforeTheOrigin_fallIntoNegativeBucketsInOrder() {
    List<EnergyReading> points =
        EnergyDownsampler.downsample(
            List.of(
                EnergyReadings.aReading(ORIGIN.plusSeconds(61)).build(),
                EnergyReadings.aReading(ORIGIN.minusSeconds(1)).build()),
            ORIGIN,
            Duration.ofMinutes(1));

    assertThat(points)
        .extracting(EnergyReading::at)
        .containsExactly(ORIGIN.minusSeconds(60), ORIGIN.plusSeconds(60));
  }

  @Test
  void downsample_oneReadingPerBucket_keepsItsValues() {
    EnergyReading reading = EnergyReadings.aReading(ORIGIN).build();

    assertThat(EnergyDownsampler.downsample(List.of(reading), ORIGIN, Duration.ofMinutes(5)))
        .containsExactly(reading);
  }

  @Test
  void constructor_withANegativeStep_isRejectedNamingIt() {
    assertThatThrownBy(() -> new EnergyDownsampler(ORIGIN, Duration.ofMinutes(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'step'")
        .hasMessageContaining("PT-5M");
  }
}
