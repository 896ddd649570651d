package io.kilowatch.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.testing.InMemoryLogSource;
import io.kilowatch.core.testing.InMemorySnapshotStore;
import io.kilowatch.core.testing.ManualViewRuntime;
import io.kilowatch.core.view.RefreshSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogViewsTest {

  private static final String MASTER = "master_coordinator.log";
  private static final Duration REFRESH = Duration.ofSeconds(3);
  private static final LogViewSettings SETTINGS =
      new LogViewSettings(
          new RefreshSchedule(REFRESH, Duration.ofSeconds(30), Duration.ofSeconds(1)),
          FreshnessPolicy.of(Duration.ofSeconds(30), Duration.ofMinutes(5)),
          4,
          5);

  private final ManualViewRuntime runtime = ManualViewRuntime.create();
  private final Dashboard dashboard =
      new Dashboard(runtime.scheduler(), new InMemorySnapshotStore());
  private final InMemoryLogSource logs = new InMemoryLogSource();
  private final LogViews views = new LogViews(dashboard, logs, SETTINGS);
  private final Instant now = runtime.clock().instant();

  @BeforeEach
  void start() {
    dashboard.start();
  }

  @AfterEach
  void close() {
    dashboard.close();
    views.close();
  }

  @Test
  void tail_onFirstRead_holdsTheNewestLinesUpToTheMaximum() {
    logs.write(
        MASTER, now, List.of("1 INFO a", "2 INFO b", "3 ERROR c", "4 INFO d", "5 INFO e", "6"));

    Snapshot<LogTail> tail = views.tail(MASTER, null);

    assertThat(tail.value().orElseThrow())
        .isEqualTo(
            new LogTail(true, List.of("2 INFO b", "3 ERROR c", "4 INFO d", "5 INFO e", "6")));
    assertThat(tail.version()).isEqualTo(1);
  }

  @Test
  void tail_withALevel_keepsOnlyThatLevelsLinesWhateverTheCaseAsked() {
    logs.write(MASTER, now, List.of("1 INFO a", "2 ERROR b", "3 no error here", "4 ERROR c"));

    LogTail tail = views.tail(MASTER, "error").value().orElseThrow();

    assertThat(tail.lines()).containsExactly("2 ERROR b", "4 ERROR c");
  }

  @Test
  void tail_afterTheLogGrows_addsTheNewLinesAtTheNextRefreshAndKeepsTheNewest() {
    logs.write(MASTER, now, List.of("1", "2", "3"));
    views.tail(MASTER, null);

    logs.append(MASTER, now, List.of("4", "5", "6", "7"));
    runtime.advance(REFRESH);

    assertThat(views.tail(MASTER, null).value().orElseThrow().lines())
        .containsExactly("3", "4", "5", "6", "7");
  }

  @Test
  void tail_readsOnlyWhatWasAppended_throughOneFollowerPerKey() {
    logs.write(MASTER, now, List.of("1 ERROR x"));
    views.tail(MASTER, null);
    views.tail(MASTER, "ERROR");

    runtime.advance(REFRESH.multipliedBy(5));

    assertThat(logs.openFollowers()).isEqualTo(2);
  }

  @Test
  void tail_ofALogThatDoesNotExist_isAbsentAndIsFoundOnceItAppears() {
    Snapshot<LogTail> before = views.tail(MASTER, null);
    logs.write(MASTER, now, List.of("first line"));
    runtime.advance(REFRESH);

    assertThat(before.value()).contains(LogTail.ABSENT);
    assertThat(before.lastError()).isEmpty();
    assertThat(views.tail(MASTER, null).value().orElseThrow().lines())
        .containsExactly("first line");
  }

  @Test
  void tail_whenReadingFails_keepsItsLinesRecordsTheErrorAndStartsAfreshAfterwards() {
    logs.write(MASTER, now, List.of("1", "2"));
    views.tail(MASTER, null);

    logs.setFailing(true);
    runtime.advance(REFRESH);
    Snapshot<LogTail> failed = views.tail(MASTER, null);
    logs.setFailing(false);
    logs.append(MASTER, now, List.of("3"));
    runtime.advance(REFRESH);

    assertThat(failed.value().orElseThrow().lines()).containsExactly("1", "2");
    assertThat(failed.lastError().orElseThrow().message()).contains("set to fail");
    assertThat(views.tail(MASTER, null).value().orElseThrow().lines())
        .containsExactly("1", "2", "3");
    assertThat(logs.openFollowers()).isEqualTo(1);
  }

  @Test
  void tailIfLoaded_neverCreatesOrLoadsAView() {
    logs.write(MASTER, now, List.of("1"));

    assertThat(views.tailIfLoaded(MASTER, null)).isEmpty();
    views.tail(MASTER, null);
    assertThat(views.tailIfLoaded(MASTER, null)).isPresent();
    assertThat(views.tailIfLoaded(MASTER, "ERROR")).isEmpty();
  }

  @Test
  void tails_areViewsNamedByLogAndLevel() {
    logs.write(MASTER, now, List.of("1"));
    views.tail(MASTER, null);
    views.tail(MASTER, "Warning");

    assertThat(dashboard.cacheReport().views())
        .extracting(ViewReport::view)
        .contains("logs/master_coordinator.log", "logs/master_coordinator.log:warning");
  }

  @Test
  void tail_refusesNamesThatAreNotPlainLogNamesAndLevelsThatAreNotWords() {
    assertThatThrownBy(() -> views.tail("../etc/passwd", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'log'")
        .hasMessageContaining("../etc/passwd");
    assertThatThrownBy(() -> views.tail(MASTER, "ERR OR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'level'");
  }

  @Test
  void close_closesEveryFollower() {
    logs.write(MASTER, now, List.of("1"));
    views.tail(MASTER, null);
    views.tail(MASTER, "INFO");

    dashboard.close();
    views.close();

    assertThat(logs.openFollowers()).isZero();
  }

  @Test
  void last_slicesTheNewestLines() {
    LogTail tail = new LogTail(true, List.of("a", "b", "c"));

    assertThat(tail.last(2)).containsExactly("b", "c");
    assertThat(tail.last(10)).containsExactly("a", "b", "c");
    assertThatThrownBy(() -> new LogTail(false, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
