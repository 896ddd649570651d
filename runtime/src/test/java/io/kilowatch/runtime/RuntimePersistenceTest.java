package io.kilowatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.Settings;
import io.kilowatch.config.SettingsLoader;
import io.kilowatch.core.dashboard.CoordinatorViews;
import io.kilowatch.core.dashboard.Dashboard;
import io.kilowatch.core.dashboard.RecentWindow;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.StoredSnapshot;
import io.kilowatch.runtime.demo.DemoInstallation;
import io.kilowatch.storage.JdbiSnapshotStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A persistent runtime keeps its views' snapshots in Kilowatch's database and starts from them. */
class RuntimePersistenceTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  @TempDir static Path demoDir;
  private static DemoInstallation demo;

  @TempDir Path dir;

  @BeforeAll
  static void writeTheDemo() throws Exception {
    demo = DemoInstallation.write(demoDir, Instant.now(), WARSAW, 7);
  }

  @Test
  void aSecondStart_servesEveryPersistentViewAsWarmStartBeforeItsFirstLoad() {
    Path database = dir.resolve("kilowatch.db");
    List<Object> before;
    try (KilowatchRuntime first = persistent(database)) {
      first.dashboard().refreshAll();
      before = values(persistentSnapshots(first));
    }

    try (KilowatchRuntime second = persistent(database)) {
      List<Snapshot<?>> after = persistentSnapshots(second);

      assertThat(values(after)).isEqualTo(before);
      assertThat(after)
          .allSatisfy(
              snapshot -> assertThat(snapshot.source()).contains(SnapshotSource.WARM_START));
      assertThat(second.dashboard().viewReport(CoordinatorViews.CURRENT_STATE).orElseThrow())
          .satisfies(report -> assertThat(report.statistics().loadsSucceeded()).isZero());
      assertThat(second.coordinator().coordinator().isPresent())
          .as("the process check is not persisted")
          .isFalse();
    }
  }

  @Test
  void aStoredSnapshotOfAnotherFormat_isSkippedWithAWarningAndTheViewLoadsAsUsual() {
    Path database = dir.resolve("kilowatch.db");
    JdbiSnapshotStore.open(database)
        .save(
            new StoredSnapshot(
                CoordinatorViews.CURRENT_STATE,
                5,
                Instant.now(),
                SnapshotSource.LIVE,
                "{\"format\":0,\"value\":{\"soc\":64}}".getBytes(StandardCharsets.UTF_8)));
    List<String> warnings = new ArrayList<>();
    Handler capture = capture(warnings);
    Logger logger = Logger.getLogger(Dashboard.class.getName());
    logger.addHandler(capture);
    try (KilowatchRuntime runtime = persistent(database)) {
      assertThat(runtime.coordinator().currentState().isPresent()).isFalse();
      assertThat(warnings)
          .anySatisfy(
              message ->
                  assertThat(message)
                      .contains("no warm start for view current-state")
                      .contains("format 0"));

      runtime.dashboard().refreshAll();

      assertThat(runtime.coordinator().currentState().source()).contains(SnapshotSource.LIVE);
    } finally {
      logger.removeHandler(capture);
    }
    StoredSnapshot replaced =
        JdbiSnapshotStore.open(database).load(CoordinatorViews.CURRENT_STATE).orElseThrow();
    assertThat(new String(replaced.value(), StandardCharsets.UTF_8)).startsWith("{\"format\":1,");
  }

  @Test
  void aDatabaseThatCannotBeCreated_meansRunningWithoutWarmStarts() throws Exception {
    Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file");

    try (KilowatchRuntime runtime = persistent(blocked.resolve("kilowatch.db"))) {
      assertThat(runtime.snapshotDatabase()).isEmpty();
      runtime.dashboard().refreshAll();
      assertThat(runtime.coordinator().currentState().source()).contains(SnapshotSource.LIVE);
      assertThat(runtime.clearSnapshots()).isZero();
    }
  }

  @Test
  void aRelativeDatabase_isCreatedWithItsFolderInTheDataDirectory() {
    Path dataDirectory = dir.resolve("share").resolve("kilowatch");

    try (KilowatchRuntime runtime =
        KilowatchRuntime.create(
            settings(Path.of("cache/kw.db")),
            Clock.systemUTC(),
            RuntimeOptions.application(Map.of())
                .withOffline(true)
                .withDataDirectory(dataDirectory))) {
      assertThat(runtime.snapshotDatabase()).contains(dataDirectory.resolve("cache/kw.db"));
    }

    assertThat(dataDirectory.resolve("cache/kw.db")).isRegularFile();
  }

  @Test
  void clearSnapshots_deletesEverySnapshot_soTheNextStartIsCold() {
    Path database = dir.resolve("kilowatch.db");
    try (KilowatchRuntime first = persistent(database)) {
      first.dashboard().refreshAll();
    }

    try (KilowatchRuntime clearing = persistent(database)) {
      assertThat(clearing.clearSnapshots()).isGreaterThanOrEqualTo(5);
    }

    try (KilowatchRuntime cold = persistent(database)) {
      assertThat(cold.coordinator().currentState().isPresent()).isFalse();
      assertThat(cold.prices().today().isPresent()).isFalse();
    }
  }

  @Test
  void anEmbeddedRuntime_persistsNothing() {
    Path database = dir.resolve("kilowatch.db");

    try (KilowatchRuntime runtime =
        KilowatchRuntime.create(settings(database), Clock.systemUTC(), true)) {
      runtime.dashboard().refreshAll();
      assertThat(runtime.snapshotDatabase()).isEmpty();
    }

    assertThat(database).doesNotExist();
  }

  /**
   * A persistent runtime on the demo with its database at {@code database}; the demo's price
   * archive is copied beside it (the archive lives beside Kilowatch's database).
   */
  private static KilowatchRuntime persistent(Path database) {
    if (Files.isDirectory(database.getParent())) {
      copyPriceArchiveBeside(database);
    }
    return KilowatchRuntime.create(
        settings(database),
        Clock.systemUTC(),
        RuntimeOptions.application(Map.of()).withOffline(true));
  }

  private static void copyPriceArchiveBeside(Path database) {
    Path archive = demoDir.resolve("kilowatch/kilowatch-prices");
    Path copy = database.resolveSibling("kilowatch-prices");
    try {
      Files.createDirectories(copy);
      try (Stream<Path> days = Files.list(archive)) {
        for (Path day : days.toList()) {
          Files.copy(day, copy.resolve(day.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Settings settings(Path database) {
    return new SettingsLoader(Map.of())
        .load(
            ConfigSources.none()
                .withKilowatchFile(demo.config())
                .withOverride("paths.kilowatch-database", database.toString()))
        .settings();
  }

  /** Every persistent view, read as the apps read them (which creates the keyed ones). */
  private static List<Snapshot<?>> persistentSnapshots(KilowatchRuntime runtime) {
    return List.of(
        runtime.prices().today(),
        runtime.prices().tomorrow(),
        runtime.coordinator().currentState(),
        runtime.summaries().currentMonth(),
        runtime.summaries().month(runtime.summaries().thisMonth().minusMonths(1)),
        runtime.decisionViews().last(RecentWindow.DAY),
        runtime.decisionViews().last(RecentWindow.WEEK),
        runtime.history().last(RecentWindow.DAY),
        runtime.history().last(RecentWindow.WEEK));
  }

  private static List<Object> values(List<Snapshot<?>> snapshots) {
    return snapshots.stream().map(snapshot -> (Object) snapshot.value().orElseThrow()).toList();
  }

  private static Handler capture(List<String> messages) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          synchronized (messages) {
            messages.add(record.getMessage());
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
