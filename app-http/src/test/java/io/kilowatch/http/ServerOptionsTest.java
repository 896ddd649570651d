package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.config.HttpSettings;
import io.kilowatch.config.Secret;
import io.kilowatch.config.Settings;
import io.kilowatch.config.SettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerOptionsTest {

  @TempDir Path dir;

  private Settings load(String... args) {
    ServerOptions options = ServerOptions.parse(List.of(args), Map.of());
    return new SettingsLoader(Map.of()).load(options.sources()).settings();
  }

  @Test
  void hostPortAndRoot_overrideTheSettings() throws Exception {
    Path root = Files.createDirectory(dir.resolve("coordinator"));

    Settings settings = load("--host", "0.0.0.0", "--port=9090", "--root", root.toString());

    assertThat(settings.http().host()).isEqualTo("0.0.0.0");
    assertThat(settings.http().port()).isEqualTo(9090);
    assertThat(settings.paths().coordinatorRoot()).isEqualTo(root);
  }

  @Test
  void aFlag_beatsTheEnvironment() {
    ServerOptions options =
        ServerOptions.parse(List.of("--port", "9191"), Map.of("KILOWATCH_HTTP_PORT", "9000"));

    Settings settings =
        new SettingsLoader(Map.of("KILOWATCH_HTTP_PORT", "9000"))
            .load(options.sources())
            .settings();

    assertThat(settings.http().port()).isEqualTo(9191);
  }

  @Test
  void config_byItsNameIsReadAsTheCoordinatorsOrKilowatchsFile() throws Exception {
    Path kilowatch = Files.writeString(dir.resolve("kilowatch.yaml"), "http:\n  port: 7000\n");

    assertThat(load("--config", kilowatch.toString()).http().port()).isEqualTo(7000);
  }

  @Test
  void badOptions_areNamed() {
    assertThatThrownBy(() -> ServerOptions.parse(List.of("--prot", "1"), Map.of()))
        .hasMessage("unknown option '--prot' (see --help)");
    assertThatThrownBy(() -> ServerOptions.parse(List.of("--port"), Map.of()))
        .hasMessage("--port needs a value");
    assertThatThrownBy(
            () ->
                ServerOptions.parse(
                    List.of("--config", dir.resolve("x.yaml").toString()), Map.of()))
        .hasMessageEndingWith("x.yaml does not exist");
  }

  @Test
  void openBind_withoutAToken_isRefusedUnlessAllowed() {
    HttpSettings open = new HttpSettings("0.0.0.0", 8080, Secret.NONE, List.of());
    HttpSettings openWithToken = new HttpSettings("0.0.0.0", 8080, Secret.of("t0ken"), List.of());
    HttpSettings loopback = new HttpSettings("127.0.0.1", 8080, Secret.NONE, List.of());

    assertThat(OpenBindGuard.refusal(open, false))
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .startsWith("refusing to serve 0.0.0.0:8080 without an access token"));
    assertThat(OpenBindGuard.refusal(open, true)).isEmpty();
    assertThat(OpenBindGuard.refusal(openWithToken, false)).isEmpty();
    assertThat(OpenBindGuard.refusal(loopback, false)).isEmpty();
  }
}
