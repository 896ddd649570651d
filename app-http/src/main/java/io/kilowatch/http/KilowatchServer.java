package io.kilowatch.http;

import io.kilowatch.config.ConfigException;
import io.kilowatch.config.ConfigProblem;
import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.LoadedSettings;
import io.kilowatch.config.SettingsLoader;
import io.kilowatch.runtime.RuntimeOptions;
import io.kilowatch.runtime.demo.DemoInstallation;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the dashboard server: options ({@link ServerOptions#USAGE}) over {@code KILOWATCH_*}
 * variables over files. Binds {@code http.host} (127.0.0.1 unless configured) and {@code
 * http.port}; refuses a non-loopback address without an access token unless {@code --allow-open}.
 * Exit codes: 64 bad option, 73 the demo could not be written, 78 bad configuration.
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
    DemoInstallation demo = null;
    try {
      options = ServerOptions.parse(List.of(args), System.getenv());
      if (options.help()) {
        System.out.print(ServerOptions.USAGE);
        return;
      }
      ConfigSources sources = options.sources();
      if (options.demo()) {
        Path folder = Files.createTempDirectory("kilowatch-demo-");
        System.err.println("kilowatch: writing the demo installation into " + folder + " ...");
        demo = DemoInstallation.write(folder, Instant.now(), ZoneId.of("Europe/Warsaw"), 42);
        sources = sources.withKilowatchFile(demo.config());
      }
      loaded = SettingsLoader.usingSystemEnvironment().load(sources);
    } catch (ServerOptions.BadOption e) {
      exit(64, e.getMessage());
      return;
    } catch (ConfigException e) {
      exit(78, "configuration is not valid:\n" + e.getMessage());
      return;
    } catch (IOException e) {
      exit(73, "could not write the demo installation: " + e.getMessage());
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
    Map<String, Object> properties =
        new LinkedHashMap<>(ServerProperties.of(loaded.settings().http()));
    properties.put(RuntimeFactory.OFFLINE_PROPERTY, options.demo());
    properties.put(RuntimeFactory.PERSISTENT_PROPERTY, true);
    PreparedRuntime runtime =
        PreparedRuntime.startBuilding(
            loaded.settings(),
            RuntimeOptions.application(System.getenv())
                .withOffline(options.demo())
                .withPersistence(true));
    ApplicationContext context =
        Micronaut.build(new String[0])
            .mainClass(KilowatchServer.class)
            .banner(false)
            .singletons(loaded, runtime)
            .properties(properties)
            .start();
    if (demo != null) {
      AutoCloseable writer = demo.startLiveWriter(Duration.ofSeconds(30));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      writer.close();
                    } catch (Exception ignored) {
                      // shutting down anyway
                    }
                  },
                  "kilowatch-demo-stop"));
    }
    int port = context.getBean(EmbeddedServer.class).getPort();
    String host = loaded.settings().http().host();
    System.err.println(
        "kilowatch: serving "
            + (options.demo() ? "the demo " : "")
            + "on http://"
            + (host.contains(":") ? "[" + host + "]" : host)
            + ":"
            + port
            + "/");
  }

  private static void exit(int code, String message) {
    System.err.println("kilowatch: " + message);
    System.exit(code);
  }
}
