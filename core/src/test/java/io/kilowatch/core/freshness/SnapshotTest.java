package io.kilowatch.core.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnapshotTest {

  private final MutableClock clock = MutableClock.create();
  private final FreshnessPolicy policy =
      FreshnessPolicy.of(Duration.ofSeconds(30), Duration.ofMinutes(5));

  @Test
  void missing_isMissingWithVersionZeroAndNoAge() {
    Snapshot<String> missing = Snapshot.missing(policy);

    assertThat(missing.freshness(clock)).isEqualTo(Freshness.MISSING);
    assertThat(missing.version()).isZero();
    assertThat(missing.value()).isEmpty();
    assertThat(missing.ageAt(clock.instant())).isEmpty();
    assertThat(missing.fetchedAt()).isEmpty();
    assertThat(missing.source()).isEmpty();
    assertThat(missing.refreshableAt()).isEmpty();
  }

  @Test
  void freshness_asTheClockAdvances_goesFreshThenStaleThenExpired() {
    Snapshot<String> snapshot =
        Snapshot.of("42 %", 1, clock.instant(), SnapshotSource.LIVE, policy);

    assertThat(snapshot.freshness(clock)).isEqualTo(Freshness.FRESH);
    clock.advance(Duration.ofSeconds(29));
    assertThat(snapshot.freshness(clock)).isEqualTo(Freshness.FRESH);
    clock.advance(Duration.ofSeconds(1));
    assertThat(snapshot.freshness(clock)).isEqualTo(Freshness.STALE);
    clock.advance(Duration.ofSeconds(269));
    assertThat(snapshot.freshness(clock)).isEqualTo(Freshness.STALE);
    clock.advance(Duration.ofSeconds(1));
    assertThat(snapshot.freshness(clock)).isEqualTo(Freshness.EXPIRED);
    assertThat(snapshot.ageAt(clock.instant())).contains(Duration.ofMinutes(5));
  }

  @Test
  void ageAt_whenTheClockSteppedBack_isZeroAndFresh() {
    Snapshot<String> snapshot = Snapshot.of("v", 1, clock.instant(), SnapshotSource.LIVE, policy);

    clock.advance(Duration.ofSeconds(-10));

    assertThat(snapshot.ageAt(clock.instant())).contains(Duration.ZERO);
    assertThat(snapshot.freshness(clock)).isEqualTo(Freshness.FRESH);
  }

  @Test
  void refreshableAtAndExpiresAt_followThePolicy() {
    Instant fetchedAt = clock.instant();
    Snapshot<String> snapshot = Snapshot.of("v", 3, fetchedAt, SnapshotSource.ARCHIVE, policy);

    assertThat(snapshot.refreshableAt()).contains(fetchedAt.plusSeconds(30));
    assertThat(snapshot.expiresAt()).contains(fetchedAt.plusSeconds(300));
    assertThat(snapshot.source()).contains(SnapshotSource.ARCHIVE);
  }

  @Test
  void withError_keepsValueVersionAndAge() {
    Snapshot<String> snapshot = Snapshot.of("v", 4, clock.instant(), SnapshotSource.LIVE, policy);
    LoadError error = new LoadError("PSE answered 503", clock.instant(), 2);

    Snapshot<String> failed = snapshot.withError(error);

    assertThat(failed.value()).contains("v");
    assertThat(failed.version()).isEqualTo(4);
    assertThat(failed.fetchedAt()).isEqualTo(snapshot.fetchedAt());
    assertThat(failed.lastError()).contains(error);
    assertThat(snapshot.lastError()).isEmpty();
  }

  @Test
  void of_withVersionBelowOne_namesTheBadVersion() {
    assertThatThrownBy(() -> Snapshot.of("v", 0, clock.instant(), SnapshotSource.LIVE, policy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'version' of a loaded snapshot must be at least 1, but was 0");
  }

  @Test
  void loadError_validatesAndCountsOn() {
    LoadError first = new LoadError("timeout", clock.instant(), 1);

    assertThat(first.followedBy("refused", clock.instant()).consecutiveFailures()).isEqualTo(2);
    assertThatThrownBy(() -> new LoadError(" ", clock.instant(), 1))
        .hasMessage("'message' must not be blank");
    assertThatThrownBy(() -> new LoadError("x", clock.instant(), 0))
        .hasMessage("'consecutiveFailures' must be at least 1, but was 0");
  }
}
