package io.kilowatch.http;

import io.kilowatch.config.ConfigException;
import io.kilowatch.config.ConfigProblem;
import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.HttpSettings;
import io.kilowatch.config.LoadedSettings;
import io.kilowatch.config.SettingsLoader;
import io.micronaut.runtime.Micronaut;
import java.util.Map;

/**
 * Starts the dashboard server. Settings come from {@code KILOWATCH_CONFIG} / {@code
 * KILOWATCH_COORDINATOR_CONFIG} files and {@code KILOWATCH_*} variables; the server binds {@code
 * http.host} (127.0.0.1 unless configured) and {@code http.port}.
 */
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
    HttpSettings http = loaded.settings().http();
    Micronaut.build(args)
        .mainClass(KilowatchServer.class)
        .banner(false)
        .singletons(loaded)
        .properties(
            Map.of(
                "micronaut.server.host", http.host(),
                "micronaut.server.port", http.port()))
        .start();
  }
}
