package io.kilowatch.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.CurrentState;
import io.kilowatch.core.energy.InverterState;
import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.CoordinatorStatus;
import io.kilowatch.core.port.LogFile;
import io.kilowatch.core.testing.FakeCoordinatorProbe;
import io.kilowatch.core.testing.FakeInverterStateSource;
import io.kilowatch.core.testing.InMemoryLogSource;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.InverterStates;
import io.kilowatch.core.testing.ManualViewRuntime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoordinatorViewsTest {

  private static final BigDecimal PRICE = new BigDecimal("0.4765");

  private final ManualViewRuntime runtime = ManualViewRuntime.create();
  private final Dashboard dashboard =
      new Dashboard(runtime.scheduler(), new InMemorySnapshotStore());
  private final FakeInverterStateSource inverter = new FakeInverterStateSource();
  private final FakeCoordinatorProbe probe = new FakeCoordinatorProbe();
  private final InMemoryLogSource logs = new InMemoryLogSource();
  private final AtomicReference<Instant> priceAskedAt = new AtomicReference<>();

  @AfterEach
  void closeTheDashboard() {
    dashboard.close();
  }

  @Test
  void currentState_afterStart_holdsTheReadingWithThePriceAtLoadTime() {
    Instant readAt = runtime.clock().instant().minusSeconds(40);
    InverterState reading = InverterStates.aReading().readAt(readAt).build();
    inverter.record(reading);
    CoordinatorViews views = views(this::priceAt);

    start();

    assertThat(views.currentState().value()).contains(new CurrentState(reading, PRICE));
    assertThat(priceAskedAt.get()).isEqualTo(runtime.clock().instant());
  }

  @Test
  void currentState_isAsOldAsTheInverterReading() {
    inverter.record(
        InverterStates.aReading().readAt(runtime.clock().instant().minusSeconds(150)).build());
    CoordinatorViews views = views(CurrentPrice.NONE);

    start();

    assertThat(views.currentState().ageAt(runtime.clock().instant()))
        .contains(Duration.ofSeconds(150));
    assertThat(views.currentState().freshness(runtime.clock())).isEqualTo(Freshness.STALE);
    assertThat(views.currentState().source()).contains(SnapshotSource.LIVE);
  }

  @Test
  void currentState_withoutPrices_hasNoPrice() {
    inverter.record(InverterStates.aReading().build());
    CoordinatorViews views = views(CurrentPrice.NONE);

    start();

    assertThat(views.currentState().value().orElseThrow().price()).isEmpty();
  }

  @Test
  void currentState_whenThePriceFails_isShownWithoutAPrice() {
    inverter.record(InverterStates.aReading().build());
    CoordinatorViews views =
        views(
            instant -> {
              throw new IllegalStateException("price view not ready");
            });

    start();

    assertThat(views.currentState().value().orElseThrow().price()).isEmpty();
  }

  @Test
  void currentState_whenTheSourceFails_keepsTheLastReadingAndRecordsTheError() {
    InverterState reading = InverterStates.aReading().build();
    inverter.record(reading);
    CoordinatorViews views = views(CurrentPrice.NONE);
    start();

    inverter.failWith("newest state file is 305 s old (maximum 120 s)");
    runtime.advance(Duration.ofSeconds(30));

    assertThat(views.currentState().value().orElseThrow().inverter()).isEqualTo(reading);
    assertThat(views.currentState().lastError().orElseThrow().message()).contains("305 s old");
  }

  @Test
  void coordinator_reportsTheProbeAndFollowsItOnSchedule() {
    probe.running(4242);
    CoordinatorViews views = views(CurrentPrice.NONE);
    start();
    assertThat(views.coordinator().value()).contains(CoordinatorStatus.runningAs(4242));

    probe.stopped();
    runtime.advance(Duration.ofMinutes(1));

    assertThat(views.coordinator().value()).contains(CoordinatorStatus.NOT_RUNNING);
  }

  @Test
  void logFiles_listsTheLogsWithSizeAndModificationTime() {
    Instant written = runtime.clock().instant().minusSeconds(5);
    logs.write("master_coordinator.log", written, List.of("a", "bc"));
    CoordinatorViews views = views(CurrentPrice.NONE);

    start();

    assertThat(views.logFiles().value())
        .contains(List.of(new LogFile("master_coordinator.log", 5, written)));
  }

  @Test
  void reads_doNoWorkOfTheirOwn() {
    inverter.record(InverterStates.aReading().build());
    probe.running(4242);
    CoordinatorViews views = views(CurrentPrice.NONE);
    start();
    int inverterCalls = inverter.calls();
    int probeCalls = probe.calls();

    for (int i = 0; i < 100; i++) {
      views.currentState();
      views.coordinator();
      views.logFiles();
    }

    assertThat(inverter.calls()).isEqualTo(inverterCalls);
    assertThat(probe.calls()).isEqualTo(probeCalls);
  }

  @Test
  void views_areRegisteredUnderTheirNames() {
    views(CurrentPrice.NONE);

    assertThat(dashboard.cacheReport().views())
        .extracting(ViewReport::view)
        .containsExactly(
            CoordinatorViews.CURRENT_STATE,
            CoordinatorViews.COORDINATOR,
            CoordinatorViews.LOG_FILES);
  }

  private void start() {
    dashboard.start();
    runtime.runDueTasks();
  }

  private Optional<BigDecimal> priceAt(Instant instant) {
    priceAskedAt.set(instant);
    return Optional.of(PRICE);
  }

  private CoordinatorViews views(CurrentPrice price) {
    return new CoordinatorViews(
        dashboard, inverter, probe, logs, price, runtime.clock(), CoordinatorViewSettings.DEFAULTS);
  }
}
