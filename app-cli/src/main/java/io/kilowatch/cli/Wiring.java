package io.kilowatch.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kilowatch.config.ConfigException;
import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.LoadedSettings;
import io.kilowatch.config.SettingsLoader;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.RuntimeOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The CLI's composition root: settings from {@code --config}, {@code --root} and the environment,
 * then either the runtime (embedded) or a client of {@code --url}.
 */
final class Wiring implements Connector {

  private final Map<String, String> environment;
  private final InstantSource clock;
  private final boolean persistent;

  /** Embedded Kilowatch keeps no snapshots: for tests. */
  Wiring(Map<String, String> environment, InstantSource clock) {
    this(environment, clock, false);
  }

  /**
   * @param persistent whether embedded Kilowatch keeps its views' snapshots in Kilowatch's database
   *     ({@code main} does: {@code refresh} then precomputes the server's warm start, and {@code
   *     cache clear} has a store to clear)
   */
  Wiring(Map<String, String> environment, InstantSource clock, boolean persistent) {
    this.environment = Map.copyOf(environment);
    this.clock = clock;
    this.persistent = persistent;
  }

  @Override
  public Kilowatch connect(CommonOptions options) {
    if (options.url != null) {
      String token =
          options.token != null ? options.token : environment.get("KILOWATCH_HTTP_ACCESS_TOKEN");
      return new RemoteKilowatch(options.url, token, json());
    }
    LoadedSettings settings = settings(options);
    KilowatchRuntime runtime =
        KilowatchRuntime.create(
            settings.settings(),
            clock,
            RuntimeOptions.application(environment).withPersistence(persistent));
    return new EmbeddedKilowatch(
        runtime.dashboard(),
        runtime.zone(),
        false,
        runtime,
        new EmbeddedReads(runtime, json()),
        () ->
            new ClearedSnapshots(
                runtime.snapshotDatabase().map(Path::toString).orElse(null),
                runtime.clearSnapshots()));
  }

  /** Settings: defaults < coordinator YAML < kilowatch.yaml < environment < {@code --root}. */
  LoadedSettings settings(CommonOptions options) {
    ConfigSources sources = ConfigSources.fromEnvironment(environment);
    Path config = options.config;
    if (config != null) {
      requireFile(config, "config file");
      sources =
          isCoordinatorFile(config)
              ? sources.withCoordinatorFile(config)
              : sources.withKilowatchFile(config);
    }
    Path root = options.root;
    if (root != null) {
      if (!Files.isDirectory(root)) {
        throw new CliException(
            ExitCodes.NO_INPUT, "the coordinator root " + root + " is not a directory");
      }
      sources = sources.withOverride("paths.coordinator-root", root.toString());
    }
    try {
      return new SettingsLoader(environment).load(sources);
    } catch (ConfigException e) {
      throw new CliException(ExitCodes.CONFIG, "configuration is not valid: " + e.getMessage(), e);
    }
  }

  /** The JSON mapper of the CLI: snake_case like the HTTP API, indented, lenient on new fields. */
  static ObjectMapper json() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static boolean isCoordinatorFile(Path config) {
    @Nullable Path name = config.getFileName();
    return name != null && name.toString().startsWith("master_coordinator_config");
  }

  private static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new CliException(ExitCodes.NO_INPUT, "the " + what + " " + file + " does not exist");
    }
    if (!Files.isReadable(file)) {
      throw new CliException(ExitCodes.CONFIG, "the " + what + " " + file + " is not readable");
    }
  }
}
