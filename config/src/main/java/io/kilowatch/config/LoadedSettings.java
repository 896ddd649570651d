package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of {@link SettingsLoader#load(ConfigSources)}: usable settings plus what was adjusted
 * on the way (clamped values, ignored environment variables), for the app to print as it likes.
 *
 * @param settings the settings in force
 * @param warnings values that were clamped or ignored; empty if none
 */
public record LoadedSettings(Settings settings, List<ConfigProblem> warnings) {

  public LoadedSettings {
    requireNonNull(settings, "'settings' must not be null");
    warnings = List.copyOf(warnings);
  }
}
