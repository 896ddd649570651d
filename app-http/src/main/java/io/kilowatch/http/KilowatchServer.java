package io.kilowatch.http;

import io.kilowatch.config.ConfigException;
import io.kilowatch.config.ConfigProblem;
import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.LoadedSettings;
import io.kilowatch.config.SettingsLoader;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * Starts the dashboard server. Settings come from {@code KILOWATCH_CONFIG} / {@code
 * KILOWATCH_COORDINATOR_CONFIG} files and {@code KILOWATCH_*} variables; the server binds {@code
 * http.host} (127.0.0.1 unless configured) and {@code http.port}.
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
    LoadedSettings loaded;
    try {
      loaded =
          SettingsLoader.usingSystemEnvironment()
              .load(ConfigSources.fromEnvironment(System.getenv()));
    } catch (ConfigException e) {
      System.err.println("kilowatch: configuration is not valid:\n" + e.getMessage());
      System.exit(2);
      return;
    }
    for (ConfigProblem warning : loaded.warnings()) {
      System.err.println("kilowatch: warning: " + warning);
    }
    Micronaut.build(args)
        .mainClass(KilowatchServer.class)
        .banner(false)
        .singletons(loaded)
        .properties(ServerProperties.of(loaded.settings().http()))
        .start();
  }
}
