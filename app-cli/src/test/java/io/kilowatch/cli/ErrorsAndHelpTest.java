package io.kilowatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorsAndHelpTest {

  @TempDir Path dir;

  /** No test reaches the internet: PSE is a closed local port, tried once. */
  private static final Map<String, String> OFFLINE =
      Map.of("KILOWATCH_PSE_BASE_URL", "http://127.0.0.1:9/api", "KILOWATCH_PSE_RETRIES", "0");

  private final Wiring wiring = new Wiring(OFFLINE, Clock.systemUTC());

  @Test
  void aMissingConfigFile_isOneLineAndExit66() {
    Cli cli = Cli.run(wiring, "status", "--config", dir.resolve("nope.yaml").toString());

    assertThat(cli.exitCode()).isEqualTo(66);
    assertThat(cli.err().strip())
        .isEqualTo("kilowatch: the config file " + dir.resolve("nope.yaml") + " does not exist");
  }

  @Test
  void anInvalidConfig_isExit78NamingTheKey() throws Exception {
    Path config = Files.writeString(dir.resolve("kilowatch.yaml"), "http:\n  prot: 8080\n");

    Cli cli = Cli.run(wiring, "status", "--config", config.toString());

    assertThat(cli.exitCode()).isEqualTo(78);
    assertThat(cli.err())
        .startsWith("kilowatch: configuration is not valid")
        .contains("http.prot")
        .contains("http.port");
    assertThat(cli.err()).doesNotContain("\tat ");
  }

  @Test
  void aMissingRoot_isExit66() {
    Cli cli = Cli.run(wiring, "status", "--root", dir.resolve("missing").toString());

    assertThat(cli.exitCode()).isEqualTo(66);
    assertThat(cli.err()).contains("is not a directory");
  }

  @Test
  void anUnreachableServer_isExit69InOneLine() {
    Cli cli = Cli.run(wiring, "status", "--url", "http://127.0.0.1:1");

    assertThat(cli.exitCode()).isEqualTo(69);
    assertThat(cli.err().strip())
        .startsWith("kilowatch: cannot reach http://127.0.0.1:1/")
        .doesNotContain("\n");
  }

  @Test
  void withVerbose_anErrorAlsoPrintsItsStackTrace() {
    Cli cli = Cli.run(wiring, "status", "--verbose", "--url", "http://127.0.0.1:1");

    assertThat(cli.exitCode()).isEqualTo(69);
    assertThat(cli.err()).contains("\tat ");
  }

  @Test
  void anUnknownOption_isExit64() {
    Cli cli = Cli.run(wiring, "status", "--colour");

    assertThat(cli.exitCode()).isEqualTo(64);
    assertThat(cli.err()).contains("Unknown option: '--colour'");
  }

  @Test
  void embeddedStatus_withDefaultSettings_runsAndExitsZero() throws Exception {
    Path config = Files.writeString(dir.resolve("kilowatch.yaml"), "http:\n  port: 8080\n");

    Cli cli = Cli.run(wiring, "status", "--config", config.toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("Kilowatch at ");
  }

  @Test
  void helpAndVersion_workOnEveryCommand() {
    for (String command :
        new String[] {
          "status",
          "check",
          "state",
          "prices",
          "summary",
          "decisions",
          "logs",
          "refresh",
          "cache",
          "cache stats",
          "bench",
          "demo-data",
          "generate-completion"
        }) {
      String[] words = (command + " --help").split(" ");
      Cli help = Cli.run(wiring, words);
      assertThat(help.exitCode()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: kilowatch " + command);
      Cli version = Cli.run(wiring, (command + " --version").split(" "));
      assertThat(version.exitCode()).as(command).isZero();
      assertThat(version.out()).as(command).startsWith("kilowatch ");
    }
    Cli version = Cli.run(wiring, "--version");
    assertThat(version.out()).startsWith("kilowatch ");
    Cli help = Cli.run(wiring, "--help");
    assertThat(help.out()).contains("Exit codes:").contains("78").contains("check: CRITICAL");
  }

  @Test
  void refresh_withoutATerminal_drawsNoProgressBar() throws Exception {
    Path config = Files.writeString(dir.resolve("kilowatch.yaml"), "http:\n  port: 8080\n");

    Cli cli = Cli.run(wiring, "refresh", "--config", config.toString());

    assertThat(cli.out() + cli.err()).doesNotContain("\r").doesNotContain("[#");
    assertThat(cli.out()).startsWith("Refreshed ");
  }

  @Test
  void train_runsTheDataCommandsOnAThrowAwayDemoAndPrintsNothing() {
    Cli cli = Cli.run(wiring, "train");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void completion_printsABashCompletionScript() {
    Cli cli = Cli.run(wiring, "generate-completion");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("complete -F");
  }
}
