package io.kilowatch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.storage.internal.CoordinatorSchema;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The adapters' queries use the coordinator's own indexes on every schema version (acceptance: no
 * full table scans, no sorting of a month of rows), as SQLite's {@code EXPLAIN QUERY PLAN} says.
 */
class QueryPlanTest {

  private static final Map<String, Object> RANGE =
      Map.of("from", "2026-10-31T00:00:00", "to", "2026-12-02T00:00:00");

  @TempDir Path directory;

  @ParameterizedTest(name = "schema version {0}")
  @ValueSource(ints = {1, 2, 3, 4})
  void decisionsBetween_searchTheTimestampIndex(int version) throws SQLException {
    List<String> plan = plan(version, handle -> DecisionDao.BETWEEN, RANGE);

    assertThat(String.join("\n", plan))
        .contains("SEARCH coordinator_decisions USING INDEX idx_decisions_timestamp")
        .contains("timestamp>? AND timestamp<?")
        .doesNotContain("TEMP B-TREE");
  }

  @ParameterizedTest(name = "schema version {0}")
  @ValueSource(ints = {1, 2, 3, 4})
  void energyBetween_searchesAnIndexOnTheTimestamp(int version) throws SQLException {
    List<String> plan =
        plan(version, handle -> EnergyDao.between(EnergyDao.tableColumns(handle)), RANGE);

    assertThat(String.join("\n", plan))
        .containsPattern(
            "SEARCH energy_data USING INDEX (sqlite_autoindex_energy_data_1|idx_energy_timestamp"
                + "|idx_energy_timestamp_soc) \\(timestamp>\\? AND timestamp<\\?\\)")
        .doesNotContain("TEMP B-TREE");
  }

  @ParameterizedTest(name = "schema version {0}")
  @ValueSource(ints = {1, 2, 3, 4})
  void newestState_walksTheTimestampIndexBackwards(int version) throws SQLException {
    List<String> plan = plan(version, handle -> StateDao.NEWEST, Map.of());

    assertThat(String.join("\n", plan))
        .containsPattern("SCAN system_state USING (COVERING )?INDEX idx_state_timestamp")
        .doesNotContain("TEMP B-TREE");
  }

  private List<String> plan(
      int version, Function<Handle, String> sql, Map<String, Object> parameters)
      throws SQLException {
    Path file = directory.resolve("v" + version + ".db");
    CoordinatorSchema.create(file, version);
    Jdbi jdbi = CoordinatorDatabase.readOnly(file, Duration.ofSeconds(5));
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("EXPLAIN QUERY PLAN " + sql.apply(handle))
                .bindMap(parameters)
                .map((row, context) -> row.getString("detail"))
                .list());
  }
}
