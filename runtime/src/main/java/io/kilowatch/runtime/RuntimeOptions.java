package io.kilowatch.runtime;

import static java.util.Objects.requireNonNull;

import io.kilowatch.config.PathSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * How a {@link KilowatchRuntime} runs, beyond its settings.
 *
 * @param offline no network calls (PSE): prices come from the archive only, as in the demo
 * @param persistent keep the views' last snapshots in Kilowatch's own database ({@code
 *     paths.kilowatch-database}), so that a restart serves them at once ({@code warm-start}); the
 *     apps do, embedding code and tests do not unless they ask
 * @param dataDirectory Kilowatch's data directory: where a relative {@code kilowatch-database} and
 *     the price archive beside it live ({@link PathSettings#dataDirectory})
 */
public record RuntimeOptions(boolean offline, boolean persistent, Path dataDirectory) {

  public RuntimeOptions {
    requireNonNull(dataDirectory, "'dataDirectory' must not be null");
  }

  /**
   * Online, nothing persisted, the data directory of this process's environment: for embedding and
   * tests.
   */
  public static RuntimeOptions embedded() {
    return new RuntimeOptions(false, false, PathSettings.dataDirectory(System.getenv()));
  }

  /**
   * What an app's {@code main} runs with: online, snapshots persisted, the data directory of {@code
   * environment}.
   */
  public static RuntimeOptions application(Map<String, String> environment) {
    return new RuntimeOptions(false, true, PathSettings.dataDirectory(environment));
  }

  public RuntimeOptions withOffline(boolean offline) {
    return new RuntimeOptions(offline, persistent, dataDirectory);
  }

  public RuntimeOptions withPersistence(boolean persistent) {
    return new RuntimeOptions(offline, persistent, dataDirectory);
  }

  public RuntimeOptions withDataDirectory(Path dataDirectory) {
    return new RuntimeOptions(offline, persistent, dataDirectory);
  }
}
