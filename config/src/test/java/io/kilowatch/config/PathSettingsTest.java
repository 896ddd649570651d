package io.kilowatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where Kilowatch's own database is: its data directory, never the coordinator's folders. */
class PathSettingsTest {

  @Test
  void dataDirectory_withXdgDataHome_isItsKilowatchFolder() {
    Path directory =
        PathSettings.dataDirectory(Map.of("XDG_DATA_HOME", "/data/pi", "HOME", "/home/pi"));

    assertThat(directory).isEqualTo(Path.of("/data/pi/kilowatch"));
  }

  @Test
  void dataDirectory_withHomeOnly_isInTheUsersLocalShare() {
    assertThat(PathSettings.dataDirectory(Map.of("HOME", "/home/pi")))
        .isEqualTo(Path.of("/home/pi/.local/share/kilowatch"));
  }

  @Test
  void dataDirectory_withARelativeXdgDataHome_ignoresIt() {
    assertThat(PathSettings.dataDirectory(Map.of("XDG_DATA_HOME", "data", "HOME", "/home/pi")))
        .isEqualTo(Path.of("/home/pi/.local/share/kilowatch"));
  }

  @Test
  void dataDirectory_withoutHome_isAFolderOfTheWorkingDirectory() {
    assertThat(PathSettings.dataDirectory(Map.of()))
        .isEqualTo(Path.of("kilowatch").toAbsolutePath());
  }

  @Test
  void resolvedKilowatchDatabase_byDefault_isInTheDataDirectory() {
    Path database =
        Settings.defaults().paths().resolvedKilowatchDatabase(Path.of("/home/pi/.local/share/kw"));

    assertThat(database).isEqualTo(Path.of("/home/pi/.local/share/kw/kilowatch.db"));
  }

  @Test
  void resolvedKilowatchDatabase_ofAnAbsolutePath_isThatPath() {
    LoadedSettings loaded =
        new SettingsLoader(Map.of("KILOWATCH_PATHS_KILOWATCH_DATABASE", "/var/lib/kw/kw.db"))
            .load(ConfigSources.none());

    assertThat(loaded.settings().paths().resolvedKilowatchDatabase(Path.of("/home/pi")))
        .isEqualTo(Path.of("/var/lib/kw/kw.db"));
  }
}
