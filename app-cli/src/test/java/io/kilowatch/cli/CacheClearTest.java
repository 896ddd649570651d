package io.kilowatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.StoredSnapshot;
import io.kilowatch.storage.JdbiSnapshotStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kilowatch cache clear}, and {@code refresh} keeping what a server warm-starts from. */
class CacheClearTest {

  @TempDir Path dir;

  private final ObjectMapper json = new ObjectMapper();

  private Path database() {
    return dir.resolve("data").resolve("kilowatch.db");
  }

  /** Like {@code main}: snapshots kept, here in {@link #database()}; PSE unreachable. */
  private Wiring persistent() {
    return new Wiring(
        Map.of(
            "KILOWATCH_PATHS_KILOWATCH_DATABASE", database().toString(),
            "KILOWATCH_PSE_BASE_URL", "http://127.0.0.1:9/api",
            "KILOWATCH_PSE_RETRIES", "0"),
        Clock.systemUTC(),
        true);
  }

  @Test
  void cacheClear_deletesTheStoredSnapshotsAndSaysHowManyFromWhere() {
    save("monthly-summary/2026-10");
    save("recent-decisions/7d");

    Cli cli = Cli.run(persistent(), "cache", "clear", "--root", dir.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out())
        .isEqualTo(
            "Deleted 2 snapshots from " + database() + "; the next start is cold." + newline());
    assertThat(JdbiSnapshotStore.open(database()).load("recent-decisions/7d")).isEmpty();
  }

  @Test
  void cacheClear_withJson_printsTheDatabaseAndTheCount() throws Exception {
    save("monthly-summary/2026-10");

    Cli cli = Cli.run(persistent(), "cache", "clear", "--json", "--root", dir.toString());

    JsonNode cleared = json.readTree(cli.out());
    assertThat(cli.exitCode()).isZero();
    assertThat(cleared.get("database").asText()).isEqualTo(database().toString());
    assertThat(cleared.get("snapshots_deleted").asInt()).isEqualTo(1);
  }

  @Test
  void cacheClear_withUrl_isRefusedInOneLine() {
    Cli cli = Cli.run(persistent(), "cache", "clear", "--url", "http://127.0.0.1:1");

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err().lines())
        .singleElement()
        .asString()
        .startsWith("kilowatch: cache clear works on the local snapshot store only");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void cacheClear_whereNothingIsKept_saysSo() {
    Wiring embedded = new Wiring(Map.of("KILOWATCH_PSE_RETRIES", "0"), Clock.systemUTC());

    Cli cli = Cli.run(embedded, "cache", "clear", "--root", dir.toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("No snapshots are kept here: nothing to delete.");
  }

  @Test
  void refresh_keepsTheSnapshotsAServerStartsFrom_untilCacheClear() {
    Cli refresh = Cli.run(persistent(), "refresh", "--root", dir.toString());
    assertThat(refresh.out()).startsWith("Refreshed");
    assertThat(JdbiSnapshotStore.open(database()).load("historical-data-24h")).isPresent();

    Cli clear = Cli.run(persistent(), "cache", "clear", "--root", dir.toString());

    assertThat(clear.exitCode()).isZero();
    assertThat(JdbiSnapshotStore.open(database()).load("historical-data-24h")).isEmpty();
  }

  private void save(String view) {
    JdbiSnapshotStore.open(database())
        .save(
            new StoredSnapshot(
                view,
                1,
                Instant.now(),
                SnapshotSource.LIVE,
                "{}".getBytes(StandardCharsets.UTF_8)));
  }

  private static String newline() {
    return System.lineSeparator();
  }
}
