package io.kilowatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataCommandTest {

  private static final Map<String, String> OFFLINE =
      Map.of("KILOWATCH_PSE_BASE_URL", "http://127.0.0.1:9/api", "KILOWATCH_PSE_RETRIES", "0");

  @TempDir Path dir;

  private final Wiring wiring = new Wiring(OFFLINE, Clock.systemUTC());

  @Test
  void demoData_writesAnInstallationThatStatusReadsWithEveryViewFresh() {
    Path demo = dir.resolve("demo");

    Cli written = Cli.run(wiring, "demo-data", demo.toString());
    Cli check = Cli.run(wiring, "check", "--config", demo.resolve("kilowatch.yaml").toString());

    assertThat(written.exitCode()).isZero();
    assertThat(written.out()).contains("Demo installation written to " + demo);
    assertThat(Files.isRegularFile(demo.resolve("data/goodwe_energy.db"))).isTrue();
    assertThat(check.out()).contains("current-state").doesNotContain("current-state missing");
    assertThat(check.out()).containsPattern("'current-state_age'=\\d+\\.\\ds");
  }

  @Test
  void demoData_intoANonEmptyDirectory_isRefused() throws Exception {
    Files.writeString(dir.resolve("keep.txt"), "mine");

    Cli cli = Cli.run(wiring, "demo-data", dir.toString());

    assertThat(cli.exitCode()).isEqualTo(64);
    assertThat(cli.err()).contains("is not an empty directory");
    assertThat(Files.readString(dir.resolve("keep.txt"))).isEqualTo("mine");
  }
}
