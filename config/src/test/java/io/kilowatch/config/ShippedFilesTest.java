package io.kilowatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.energy.Tariff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The files shipped in the module folder: {@code kilowatch.yaml}, the example, the README. */
class ShippedFilesTest {

  private static final Path SHIPPED = Path.of("kilowatch.yaml");
  private static final Path EXAMPLE = Path.of("kilowatch.example-coordinator.yaml");
  private static final Path README = Path.of("README.md");

  @Test
  void shippedFile_loadsAndEqualsBuiltInDefaults() {
    LoadedSettings loaded =
        new SettingsLoader(Map.of()).load(ConfigSources.none().withKilowatchFile(SHIPPED));

    assertThat(loaded.settings()).isEqualTo(Settings.defaults());
    assertThat(loaded.warnings()).isEmpty();
  }

  @Test
  void shippedFile_setsEveryKeyExplicitly() {
    Diagnostics diagnostics = new Diagnostics();
    MapNode tree = YamlFileReader.read(SHIPPED, diagnostics).orElseThrow();

    assertThat(diagnostics.errors()).isEmpty();
    for (Key<?> key : ConfigKeys.ALL) {
      assertThat(tree.find(key.path())).as(key.path()).isPresent();
    }
    assertThat(tree.find("tariff.rate-tables").orElseThrow())
        .isInstanceOfSatisfying(
            MapNode.class, tables -> assertThat(tables.entries()).hasSize(Tariff.values().length));
  }

  @Test
  void exampleFile_loadsAndPointsAtCoordinatorInstallation() {
    LoadedSettings loaded =
        new SettingsLoader(Map.of("KILOWATCH_HTTP_ACCESS_TOKEN", "a-long-enough-example-token"))
            .load(ConfigSources.none().withKilowatchFile(EXAMPLE));

    PathSettings paths = loaded.settings().paths();
    assertThat(paths.coordinatorRoot()).isEqualTo(Path.of("/opt/goodwe-dynamic-price-optimiser"));
    assertThat(paths.resolvedCoordinatorDatabase())
        .isEqualTo(Path.of("/opt/goodwe-dynamic-price-optimiser/data/goodwe_energy.db"));
    assertThat(paths.resolvedLogsDir())
        .isEqualTo(Path.of("/opt/goodwe-dynamic-price-optimiser/logs"));
    assertThat(loaded.settings().http().port()).isEqualTo(8090);
    assertThat(loaded.warnings()).isEmpty();
  }

  @Test
  void readme_holdsTheKeyTableOfTheRegistry() throws IOException {
    String readme = Files.readString(README);

    assertThat(readme)
        .as("config/README.md must contain ConfigKeys.markdownTable(); regenerate it")
        .contains(ConfigKeys.markdownTable());
  }

  @Test
  void settingsDefaults_matchReferenceIntervalsAndEndpoints() {
    Settings defaults = Settings.defaults();

    assertThat(defaults.http().host()).isEqualTo("127.0.0.1");
    assertThat(defaults.http().port()).isEqualTo(8080);
    assertThat(defaults.pse().reportUrl()).hasToString("https://api.raporty.pse.pl/api/csdac-pln");
    assertThat(defaults.views().inverter().interval()).hasSeconds(30);
    assertThat(defaults.views().price().interval()).hasSeconds(300);
    assertThat(defaults.views().metrics().interval()).hasSeconds(60);
    assertThat(defaults.views().coordinatorPid().interval()).hasSeconds(60);
    assertThat(defaults.timeZone().getId()).isEqualTo("Europe/Warsaw");
  }
}
