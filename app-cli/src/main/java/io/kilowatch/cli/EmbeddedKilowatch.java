package io.kilowatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.core.dashboard.Dashboard;
import io.kilowatch.core.port.SnapshotStoreException;
import io.kilowatch.runtime.report.CacheState;
import io.kilowatch.runtime.report.RefreshResult;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Kilowatch in this process: reads the coordinator's files, database and PSE through a {@link
 * Dashboard}. A short-lived command has no background refresh running, so the first read of the
 * cache loads every view once (unless told the views are already loaded), and each data read loads
 * the views it needs ({@link EmbeddedReads}).
 */
final class EmbeddedKilowatch implements Kilowatch {

  private final Dashboard dashboard;
  private final ZoneId zone;
  private final AutoCloseable owner;
  private final @Nullable EmbeddedReads reads;
  private final Supplier<ClearedSnapshots> clearer;
  private boolean loaded;

  /**
   * A Kilowatch that keeps no snapshots.
   *
   * @param loaded whether the views already hold what they should (a test's prepared views)
   * @param owner closed with this object (the runtime that owns the dashboard)
   * @param reads the data reads, or null where there are none (a test's bare dashboard)
   */
  EmbeddedKilowatch(
      Dashboard dashboard,
      ZoneId zone,
      boolean loaded,
      AutoCloseable owner,
      @Nullable EmbeddedReads reads) {
    this(dashboard, zone, loaded, owner, reads, () -> new ClearedSnapshots(null, 0));
  }

  /**
   * @param loaded whether the views already hold what they should (a test's prepared views)
   * @param owner closed with this object (the runtime that owns the dashboard)
   * @param reads the data reads, or null where there are none (a test's bare dashboard)
   * @param clearer deletes the stored snapshots
   */
  EmbeddedKilowatch(
      Dashboard dashboard,
      ZoneId zone,
      boolean loaded,
      AutoCloseable owner,
      @Nullable EmbeddedReads reads,
      Supplier<ClearedSnapshots> clearer) {
    this.dashboard = dashboard;
    this.zone = zone;
    this.loaded = loaded;
    this.owner = owner;
    this.reads = reads;
    this.clearer = clearer;
  }

  @Override
  public CacheState cache() {
    if (!loaded) {
      refresh();
    }
    return CacheState.of(dashboard.cacheReport(), zone);
  }

  @Override
  public RefreshResult refresh() {
    RefreshResult result = RefreshResult.of(dashboard.refreshAll(), zone);
    loaded = true;
    return result;
  }

  @Override
  public ClearedSnapshots clearSnapshots() {
    try {
      return clearer.get();
    } catch (SnapshotStoreException e) {
      throw new CliException(
          ExitCodes.CANT_CREATE, "could not delete the stored snapshots: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Boolean> coordinatorRunning() {
    return reads == null ? Optional.empty() : reads.coordinatorRunning();
  }

  @Override
  public JsonNode state() {
    return reads().state();
  }

  @Override
  public JsonNode prices(PriceRequest request) {
    return reads().prices(request);
  }

  @Override
  public JsonNode summary(@Nullable YearMonth month) {
    return reads().summary(month);
  }

  @Override
  public JsonNode decisions(String timeRange) {
    return reads().decisions(timeRange);
  }

  @Override
  public JsonNode logs(LogRequest request) {
    return reads().logs(request);
  }

  @Override
  public void follow(LogRequest request, Consumer<String> lines) {
    reads().follow(request, lines);
  }

  @Override
  public void close() {
    try {
      owner.close();
    } catch (Exception e) {
      throw new CliException(ExitCodes.SOFTWARE, "could not stop cleanly: " + e.getMessage(), e);
    }
  }

  private EmbeddedReads reads() {
    if (reads == null) {
      throw new CliException(ExitCodes.SOFTWARE, "this Kilowatch has no data views");
    }
    return reads;
  }
}
