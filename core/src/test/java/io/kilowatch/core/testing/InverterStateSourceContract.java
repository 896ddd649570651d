package io.kilowatch.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.port.InverterStateException;
import io.kilowatch.core.port.InverterStateSource;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InverterStateSource} must do. An implementation's test extends this class,
 * supplies an empty source and a way to record a reading as the coordinator would.
 *
 * <p>Readings are taken a few seconds before {@link MutableClock#DEFAULT_START}; sources that judge
 * age should use a clock at that instant.
 */
public abstract class InverterStateSourceContract {

  /** When the contract's readings are taken. */
  protected static final Instant READ_AT = MutableClock.DEFAULT_START.minusSeconds(20);

  private InverterStateSource source;

  /** A source over an installation that has recorded nothing yet. */
  protected abstract InverterStateSource createSource() throws Exception;

  /** Records {@code reading} as the coordinator's newest one. */
  protected abstract void record(InverterState reading) throws Exception;

  @BeforeEach
  void createTheSource() throws Exception {
    source = createSource();
  }

  @Test
  void current_whenNothingWasRecorded_throwsInverterStateException() {
    assertThatThrownBy(() -> source.current())
        .isInstanceOf(InverterStateException.class)
        .hasMessageNotContaining("null");
  }

  @Test
  void current_afterARecording_returnsTheReadingUnchanged() throws Exception {
    InverterState reading = InverterStates.aReading().readAt(READ_AT).build();

    record(reading);

    assertThat(source.current()).isEqualTo(reading);
  }

  @Test
  void current_afterASecondRecording_returnsTheNewerReading() throws Exception {
    record(InverterStates.aReading().readAt(READ_AT.minus(Duration.ofMinutes(1))).build());
    InverterState newer =
        InverterStates.aReading()
            .readAt(READ_AT)
            .battery(new InverterState.Battery(64.0, -2500.0, 415.0, -6.0, 23.0))
            .build();

    record(newer);

    assertThat(source.current()).isEqualTo(newer);
  }

  @Test
  void current_withUnknownMeasurements_returnsThemAsNull() throws Exception {
    InverterState unknown = InverterStates.aReading().readAt(READ_AT).allUnknown().build();

    record(unknown);

    assertThat(source.current()).isEqualTo(unknown);
  }
}
