package io.kilowatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CheckCommandTest {

  private final PreparedViews views = new PreparedViews();

  @AfterEach
  void close() {
    views.close();
  }

  @Test
  void check_withEveryViewFresh_isOkWithPerfdata() {
    views.loaded("prices", "p").loaded("current-state", "s").after(Duration.ofSeconds(42));

    Cli cli = Cli.run(views, "check");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .startsWith(
            "KILOWATCH OK - 2 views fresh | fresh=2;;;0 stale=0;;;0 expired=0;;;0 missing=0;;;0")
        .contains("'prices_age'=42.0s;;;0;");
  }

  @Test
  void check_withAStaleView_isWarning() {
    views.loaded("prices", "p").after(Duration.ofMinutes(6));

    Cli cli = Cli.run(views, "check");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).startsWith("KILOWATCH WARNING - prices stale (age 6m 00s) |");
  }

  @Test
  void check_withAnExpiredView_isCritical() {
    views.loaded("prices", "p").after(Duration.ofHours(2));

    Cli cli = Cli.run(views, "check");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.out()).startsWith("KILOWATCH CRITICAL - prices expired (age 2h 00m)");
  }

  @Test
  void check_withAViewThatNeverLoaded_isCriticalAndSaysWhy() {
    views.loaded("prices", "p").failing("current-state", "database is locked");

    Cli cli = Cli.run(views, "check");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.out())
        .startsWith(
            "KILOWATCH CRITICAL - current-state missing: IOException: database is locked |");
  }

  @Test
  void check_withAgeThresholds_judgesByThemTooAndPutsThemInThePerfdata() {
    views.loaded("prices", "p").after(Duration.ofMinutes(2));

    Cli warning = Cli.run(views, "check", "--warning-age", "1m", "--critical-age", "10m");
    Cli critical = Cli.run(views, "check", "--warning-age", "30s", "--critical-age", "90s");

    assertThat(warning.exitCode()).isEqualTo(1);
    assertThat(warning.out()).contains("'prices_age'=120.0s;60;600;0;");
    assertThat(critical.exitCode()).isEqualTo(2);
  }

  @Test
  void check_ofChosenViews_ignoresTheOthers() {
    views.loaded("prices", "p").failing("logs", "no log directory");

    Cli cli = Cli.run(views, "check", "--view", "prices");

    assertThat(cli.exitCode()).isZero();
  }

  @Test
  void check_ofAnUnknownView_isUnknownAndListsTheViews() {
    views.loaded("prices", "p");

    Cli cli = Cli.run(views, "check", "--view", "price");

    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.out())
        .isEqualTo(
            "KILOWATCH UNKNOWN - no view named 'price'; views: prices" + System.lineSeparator());
  }

  @Test
  void check_whenKilowatchCannotBeAsked_isUnknown() {
    Connector unreachable =
        options -> {
          throw new CliException(ExitCodes.UNAVAILABLE, "cannot reach http://127.0.0.1:1/");
        };

    Cli cli = Cli.run(unreachable, "check");

    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.out()).startsWith("KILOWATCH UNKNOWN - cannot reach http://127.0.0.1:1/");
  }

  @Test
  void check_withABadOption_isUnknown() {
    Cli cli = Cli.run(views, "check", "--warning-age", "soon");

    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).contains("'soon' is not a duration");
  }
}
