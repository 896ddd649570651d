package io.kilowatch.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.ChargingDecision;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.DecisionCounts;
import io.kilowatch.core.energy.DecisionKind;
import io.kilowatch.core.energy.SellingDecision;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.port.DecisionHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DecisionHistory} must do. An implementation's test extends this class and
 * creates a history holding given decisions, recorded the way the coordinator records them.
 *
 * <p>Instants are whole microseconds in November (no daylight-saving change nearby), because the
 * coordinator records naive local timestamps with microseconds.
 */
public abstract class DecisionHistoryContract {

  /** 2026-11-23 10:00 UTC. */
  protected static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

  private static final Duration QUARTER = Duration.ofMinutes(15);

  /** A history holding exactly {@code recorded}. */
  protected abstract DecisionHistory createHistory(List<Decision> recorded) throws Exception;

  /**
   * What the implementation gives back of a recorded decision: the decision itself, or, for a store
   * that keeps only some fields (the coordinator's database), a copy with the lost fields {@code
   * null}.
   */
  protected Decision asStored(Decision recorded) {
    return recorded;
  }

  @Test
  void decisions_inAnEmptyHistory_areNone() throws Exception {
    DecisionHistory history = createHistory(List.of());

    assertThat(history.decisions(TimeRange.endingAt(T, Duration.ofDays(7)))).isEmpty();
  }

  @Test
  void decisions_includeTheStartOfTheRangeAndExcludeItsEnd() throws Exception {
    ChargingDecision before = Decisions.aWait(T.minus(QUARTER));
    ChargingDecision atStart = Decisions.aCharge(T);
    ChargingDecision inside = Decisions.aWait(T.plus(QUARTER));
    ChargingDecision atEnd = Decisions.aWait(T.plus(QUARTER.multipliedBy(2)));
    DecisionHistory history = createHistory(List.of(before, atStart, inside, atEnd));

    List<Decision> found = history.decisions(new TimeRange(T, T.plus(QUARTER.multipliedBy(2))));

    assertThat(found).containsExactly(asStored(atStart), asStored(inside));
  }

  @Test
  void decisions_recordedOutOfOrder_comeOldestFirst() throws Exception {
    Decision first = Decisions.aCharge(T.plusSeconds(1));
    Decision second = Decisions.aSale(T.plusSeconds(600).plusNanos(123_456_000));
    Decision third = Decisions.aWait(T.plusSeconds(900));
    DecisionHistory history = createHistory(List.of(third, first, second));

    assertThat(
            history.decisions(TimeRange.endingAt(T.plus(Duration.ofHours(1)), Duration.ofHours(2))))
        .containsExactly(asStored(first), asStored(second), asStored(third));
  }

  @Test
  void decisions_ofOneKind_areOnlyThoseOfThatEngine() throws Exception {
    ChargingDecision charge = Decisions.aCharge(T);
    SellingDecision sale = Decisions.aSale(T.plusSeconds(60));
    DecisionHistory history = createHistory(List.of(charge, sale));
    TimeRange hour = new TimeRange(T, T.plus(Duration.ofHours(1)));

    assertThat(history.decisions(hour, EnumSet.of(DecisionKind.CHARGING)))
        .containsExactly(asStored(charge));
    assertThat(history.decisions(hour, EnumSet.of(DecisionKind.SELLING)))
        .containsExactly(asStored(sale));
    assertThat(history.decisions(hour, Set.of())).isEmpty();
  }

  @Test
  void decisions_keepTheirFields() throws Exception {
    ChargingDecision charge = Decisions.aCharge(T.plusNanos(318_722_000));
    SellingDecision sale = Decisions.aSale(T.plusSeconds(7).plusNanos(902_113_000));
    DecisionHistory history = createHistory(List.of(charge, sale));

    assertThat(history.decisions(new TimeRange(T, T.plusSeconds(60))))
        .containsExactly(asStored(charge), asStored(sale));
  }

  @Test
  void decisions_withOnlyTimeAndAction_keepTheUnknownFieldsNull() throws Exception {
    ChargingDecision bare = ChargingDecision.of(T, "wait");

    DecisionHistory history = createHistory(List.of(bare));

    assertThat(history.decisions(new TimeRange(T, T.plusSeconds(1)))).containsExactly(bare);
  }

  @Test
  void decisions_carryTheirActions_soTheyCountByTheOneRule() throws Exception {
    DecisionHistory history =
        createHistory(
            List.of(
                Decisions.aCharge(T),
                Decisions.aChargingDecision(T.plus(QUARTER), "start_hybrid_charging"),
                Decisions.aWait(T.plus(QUARTER.multipliedBy(2))),
                Decisions.aSale(T.plus(QUARTER.multipliedBy(3)))));

    List<Decision> found = history.decisions(new TimeRange(T, T.plus(Duration.ofHours(1))));

    assertThat(DecisionCounts.of(found)).isEqualTo(new DecisionCounts(2, 1, 1));
  }
}
