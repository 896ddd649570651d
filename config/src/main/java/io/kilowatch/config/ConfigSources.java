package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files and overrides to load, beside the built-in defaults and the environment. Precedence,
 * lowest first: defaults, coordinator files, Kilowatch files, environment, overrides; within each
 * list, later entries win.
 *
 * @param coordinatorFiles the coordinator's {@code master_coordinator_config.yaml}, usually none or
 *     one
 * @param kilowatchFiles Kilowatch's own {@code kilowatch.yaml}, usually none or one
 * @param overrides values from the apps' flags, by key path (e.g. {@code http.port} to {@code
 *     9090}); lists comma-separated
 */
public record ConfigSources(
    List<Path> coordinatorFiles, List<Path> kilowatchFiles, Map<String, String> overrides) {

  /** Environment variable naming a {@code kilowatch.yaml}; read by {@link #fromEnvironment}. */
  public static final String CONFIG_FILE_VARIABLE = "KILOWATCH_CONFIG";

  /** Environment variable naming the coordinator's YAML; read by {@link #fromEnvironment}. */
  public static final String COORDINATOR_FILE_VARIABLE = "KILOWATCH_COORDINATOR_CONFIG";

  public ConfigSources {
    coordinatorFiles = List.copyOf(coordinatorFiles);
    kilowatchFiles = List.copyOf(kilowatchFiles);
    overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    overrides.forEach(
        (key, value) -> {
          requireNonNull(key, "'overrides' must not contain a null key");
          requireNonNull(
              value, "'overrides' must not contain a null value, but '" + key + "' had one");
        });
  }

  /** No files and no overrides: defaults and environment only. */
  public static ConfigSources none() {
    return new ConfigSources(List.of(), List.of(), Map.of());
  }

  /**
   * The files named by {@value #COORDINATOR_FILE_VARIABLE} and {@value #CONFIG_FILE_VARIABLE}, if
   * set and not empty.
   */
  public static ConfigSources fromEnvironment(Map<String, String> environment) {
    ConfigSources sources = none();
    String coordinator = environment.getOrDefault(COORDINATOR_FILE_VARIABLE, "");
    if (!coordinator.isBlank()) {
      sources = sources.withCoordinatorFile(Path.of(coordinator.strip()));
    }
    String kilowatch = environment.getOrDefault(CONFIG_FILE_VARIABLE, "");
    if (!kilowatch.isBlank()) {
      sources = sources.withKilowatchFile(Path.of(kilowatch.strip()));
    }
    return sources;
  }

  /** These sources plus a coordinator file (read after the ones already named). */
  public ConfigSources withCoordinatorFile(Path file) {
    requireNonNull(file, "'file' must not be null");
    List<Path> files = new ArrayList<>(coordinatorFiles);
    files.add(file);
    return new ConfigSources(files, kilowatchFiles, overrides);
  }

  /** These sources plus a Kilowatch file (read after the ones already named). */
  public ConfigSources withKilowatchFile(Path file) {
    requireNonNull(file, "'file' must not be null");
    List<Path> files = new ArrayList<>(kilowatchFiles);
    files.add(file);
    return new ConfigSources(coordinatorFiles, files, overrides);
  }

  /** These sources plus one override, e.g. {@code withOverride("http.port", "9090")}. */
  public ConfigSources withOverride(String keyPath, String value) {
    requireNonNull(keyPath, "'keyPath' must not be null");
    requireNonNull(value, "'value' must not be null");
    Map<String, String> all = new LinkedHashMap<>(overrides);
    all.put(keyPath, value);
    return new ConfigSources(coordinatorFiles, kilowatchFiles, all);
  }
}
