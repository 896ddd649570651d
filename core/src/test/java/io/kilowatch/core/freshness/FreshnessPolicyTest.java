package io.kilowatch.core.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FreshnessPolicyTest {

  private final FreshnessPolicy policy =
      FreshnessPolicy.of(Duration.ofMinutes(1), Duration.ofMinutes(10));

  @Test
  void classify_belowRefreshAfter_isFresh() {
    assertThat(policy.classify(Duration.ZERO)).isEqualTo(Freshness.FRESH);
    assertThat(policy.classify(Duration.ofSeconds(59))).isEqualTo(Freshness.FRESH);
  }

  @Test
  void classify_fromRefreshAfterToExpireAfter_isStale() {
    assertThat(policy.classify(Duration.ofMinutes(1))).isEqualTo(Freshness.STALE);
    assertThat(policy.classify(Duration.ofSeconds(599))).isEqualTo(Freshness.STALE);
  }

  @Test
  void classify_fromExpireAfterOn_isExpired() {
    assertThat(policy.classify(Duration.ofMinutes(10))).isEqualTo(Freshness.EXPIRED);
    assertThat(policy.classify(Duration.ofDays(365))).isEqualTo(Freshness.EXPIRED);
  }

  @Test
  void classify_whenBothDurationsAreEqual_goesFromFreshStraightToExpired() {
    FreshnessPolicy sharp = FreshnessPolicy.of(Duration.ofSeconds(5), Duration.ofSeconds(5));

    assertThat(sharp.classify(Duration.ofMillis(4999))).isEqualTo(Freshness.FRESH);
    assertThat(sharp.classify(Duration.ofSeconds(5))).isEqualTo(Freshness.EXPIRED);
  }

  @Test
  void new_withZeroOrNegativeRefreshAfter_namesTheBadValue() {
    assertThatThrownBy(() -> FreshnessPolicy.of(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'refreshAfter' must be positive, but was PT0S");
    assertThatThrownBy(() -> FreshnessPolicy.of(Duration.ofSeconds(-3), Duration.ofSeconds(1)))
        .hasMessage("'refreshAfter' must be positive, but was PT-3S");
  }

  @Test
  void new_withExpireAfterShorterThanRefreshAfter_namesBothValues() {
    assertThatThrownBy(() -> FreshnessPolicy.of(Duration.ofMinutes(5), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'expireAfter' (PT1M) must not be shorter than 'refreshAfter' (PT5M)");
  }

  @Test
  void new_withNulls_namesTheMissingArgument() {
    assertThatThrownBy(() -> FreshnessPolicy.of(null, Duration.ofSeconds(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("'refreshAfter' must not be null");
  }

  @Test
  void refreshableAtAndExpiresAt_addTheDurationsToTheFetchInstant() {
    Instant fetchedAt = Instant.parse("2026-11-23T12:00:00Z");

    assertThat(policy.refreshableAt(fetchedAt)).isEqualTo("2026-11-23T12:01:00Z");
    assertThat(policy.expiresAt(fetchedAt)).isEqualTo("2026-11-23T12:10:00Z");
  }

  @Test
  void immutable_neverTurnsStaleAndSaturatesInsteadOfOverflowing() {
    Instant fetchedAt = Instant.parse("2026-11-23T12:00:00Z");

    assertThat(FreshnessPolicy.IMMUTABLE.classify(Duration.ofDays(365 * 1000L)))
        .isEqualTo(Freshness.FRESH);
    assertThat(FreshnessPolicy.IMMUTABLE.refreshableAt(fetchedAt)).isEqualTo(Instant.MAX);
    assertThat(FreshnessPolicy.IMMUTABLE.expiresAt(fetchedAt)).isEqualTo(Instant.MAX);
  }

  @Test
  void labels_areLowerCaseWireNames() {
    assertThat(Freshness.STALE.label()).isEqualTo("stale");
    assertThat(SnapshotSource.WARM_START.label()).isEqualTo("warm-start");
  }
}
