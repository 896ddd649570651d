package io.kilowatch.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.kilowatch.core.port.CoordinatorProbe;
import io.kilowatch.core.port.CoordinatorStatus;
import io.kilowatch.core.testing.CoordinatorProbeContract;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The probe against real child processes: a JVM running {@link FakeCoordinator} with {@code
 * master_coordinator.py} and a token unique to this test run on its command line.
 */
class ProcessCoordinatorProbeTest extends CoordinatorProbeContract {

  private static final String TOKEN = "--kilowatch-probe-test=" + UUID.randomUUID();

  @Override
  protected CoordinatorProbe createProbe() {
    return probeForThisTest();
  }

  @Override
  protected RunningCoordinator startCoordinator() throws Exception {
    Path classes =
        Path.of(FakeCoordinator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xshare:auto",
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    classes.toString(),
                    FakeCoordinator.class.getName(),
                    "master_coordinator.py",
                    TOKEN))
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = output.readLine();
    assertThat(first).as("the fake coordinator's first line").isEqualTo("ready");
    return new RunningCoordinator() {
      @Override
      public long pid() {
        return process.pid();
      }

      @Override
      public void stop() throws Exception {
        process.getOutputStream().close();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      }
    };
  }

  @Test
  void status_ofAKnownPid_isCheckedWithoutScanningAllProcesses() throws Exception {
    ProcessCoordinatorProbe probe = probeForThisTest();
    RunningCoordinator coordinator = startCoordinator();
    try {
      assertThat(probe.status()).isEqualTo(CoordinatorStatus.runningAs(coordinator.pid()));
      long scans = probe.fullScans();

      assertThat(probe.status()).isEqualTo(CoordinatorStatus.runningAs(coordinator.pid()));
      assertThat(probe.fullScans()).isEqualTo(scans);
    } finally {
      coordinator.stop();
    }
  }

  @Test
  void status_withTheDefaultPattern_findsAProcessRunningTheCoordinatorScript() throws Exception {
    ProcessCoordinatorProbe probe = new ProcessCoordinatorProbe();
    assumeThat(probe.status().running()).as("no other coordinator runs on this machine").isFalse();
    RunningCoordinator coordinator = startCoordinator();
    try {
      assertThat(probe.status()).isEqualTo(CoordinatorStatus.runningAs(coordinator.pid()));
    } finally {
      coordinator.stop();
    }
    assertThat(probe.status()).isEqualTo(CoordinatorStatus.NOT_RUNNING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "python3 src/master_coordinator.py",
        "/opt/goodwe/venv/bin/python /opt/goodwe/src/master_coordinator.py --config x.yaml",
        "python -u master_coordinator.py"
      })
  void defaultPattern_matchesTheCoordinatorsCommandLines(String commandLine) {
    assertThat(Pattern.compile(ProcessCoordinatorProbe.DEFAULT_PATTERN).matcher(commandLine).find())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"python3 src/log_web_server.py", "python3 master_coordinator_py"})
  void defaultPattern_doesNotMatchOtherCommandLines(String commandLine) {
    assertThat(Pattern.compile(ProcessCoordinatorProbe.DEFAULT_PATTERN).matcher(commandLine).find())
        .isFalse();
  }

  private static ProcessCoordinatorProbe probeForThisTest() {
    return new ProcessCoordinatorProbe(
        Pattern.compile(Pattern.quote("master_coordinator.py " + TOKEN)));
  }
}
