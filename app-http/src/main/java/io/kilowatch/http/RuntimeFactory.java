package io.kilowatch.http;

import io.kilowatch.config.ConfigSources;
import io.kilowatch.config.LoadedSettings;
import io.kilowatch.config.SettingsLoader;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.RuntimeOptions;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * Composition root of the HTTP app: settings, then the runtime (adapters, views, {@code
 * Dashboard}). Controllers only map what the dashboard returns.
 */
@Factory
class RuntimeFactory {

  /** When true, Kilowatch makes no network calls (PSE): the demo. */
  static final String OFFLINE_PROPERTY = "kilowatch.offline";

  /**
   * When true, the views' snapshots are kept in Kilowatch's database for warm starts. {@link
   * KilowatchServer} sets it; a context started otherwise (tests) keeps nothing unless it asks.
   */
  static final String PERSISTENT_PROPERTY = "kilowatch.persistent";

  /**
   * Settings when {@link KilowatchServer} did not hand them in (tests): the environment, plus the
   * files named by the properties {@code kilowatch.config} and {@code
   * kilowatch.coordinator-config}.
   */
  @Singleton
  @Requires(missingBeans = LoadedSettings.class)
  LoadedSettings settings(
      @Property(name = "kilowatch.config") @Nullable String kilowatchFile,
      @Property(name = "kilowatch.coordinator-config") @Nullable String coordinatorFile) {
    ConfigSources sources = ConfigSources.fromEnvironment(System.getenv());
    if (kilowatchFile != null) {
      sources = sources.withKilowatchFile(Path.of(kilowatchFile));
    }
    if (coordinatorFile != null) {
      sources = sources.withCoordinatorFile(Path.of(coordinatorFile));
    }
    return SettingsLoader.usingSystemEnvironment().load(sources);
  }

  /**
   * The runtime, started. Its clock is Micronaut's {@link InstantSource} bean (the system clock; a
   * test replaces it with {@code @Replaces(bean = InstantSource.class, factory =
   * InstantSourceFactory.class)}). Its data directory (where a relative {@code kilowatch-database}
   * lives) comes from the process's environment, as the settings do.
   */
  @Singleton
  @Bean(preDestroy = "close")
  KilowatchRuntime runtime(
      LoadedSettings settings,
      InstantSource clock,
      @Property(name = OFFLINE_PROPERTY, defaultValue = "false") boolean offline,
      @Property(name = PERSISTENT_PROPERTY, defaultValue = "false") boolean persistent,
      @Nullable PreparedRuntime prepared) {
    if (prepared != null) {
      return prepared.await();
    }
    RuntimeOptions options =
        RuntimeOptions.application(System.getenv())
            .withOffline(offline)
            .withPersistence(persistent);
    return KilowatchRuntime.create(settings.settings(), clock, options).start();
  }
}
