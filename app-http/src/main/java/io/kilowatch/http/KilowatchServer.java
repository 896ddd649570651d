package io.kilowatch.http;

import io.kilowatch.config.ConfigException;
import io.kilowatch.config.ConfigProblem;
import io.kilowatch.config.LoadedSettings;
import io.kilowatch.config.SettingsLoader;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.util.List;
import java.util.Optional;

/**
 * Starts the dashboard server: options ({@link ServerOptions#USAGE}) over {@code KILOWATCH_*}
 * variables over files. Binds {@code http.host} (127.0.0.1 unless configured) and {@code
 * http.port}; refuses a non-loopback address without an access token unless {@code --allow-open}.
 * Exit codes: 64 bad option, 78 bad configuration.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "kilowatch",
            version = "0.1",
            description =
                "Home-energy dashboard API: every view carries a freshness block saying how old"
                    + " its data is and what went wrong."))
public final class KilowatchServer {

  private KilowatchServer() {}

  public static void main(String[] args) {
    ServerOptions options;
    LoadedSettings loaded;
    try {
      options = ServerOptions.parse(List.of(args), System.getenv());
      if (options.help()) {
        System.out.print(ServerOptions.USAGE);
        return;
      }
      loaded = SettingsLoader.usingSystemEnvironment().load(options.sources());
    } catch (ServerOptions.BadOption e) {
      exit(64, e.getMessage());
      return;
    } catch (ConfigException e) {
      exit(78, "configuration is not valid:\n" + e.getMessage());
      return;
    }
    for (ConfigProblem warning : loaded.warnings()) {
      System.err.println("kilowatch: warning: " + warning);
    }
    Optional<String> refusal = OpenBindGuard.refusal(loaded.settings().http(), options.allowOpen());
    if (refusal.isPresent()) {
      exit(78, refusal.get());
      return;
    }
    Micronaut.build(new String[0])
        .mainClass(KilowatchServer.class)
        .banner(false)
        .singletons(loaded)
        .properties(ServerProperties.of(loaded.settings().http()))
        .start();
  }

  private static void exit(int code, String message) {
    System.err.println("kilowatch: " + message);
    System.exit(code);
  }
}
