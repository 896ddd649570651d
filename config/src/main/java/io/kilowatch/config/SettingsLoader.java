package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@link Settings}. Precedence, lowest first: built-in defaults, the coordinator's {@code
 * master_coordinator_config.yaml}, Kilowatch's {@code kilowatch.yaml}, {@code KILOWATCH_*}
 * environment variables, explicit overrides. Every key, its environment variable, default and range
 * is listed in {@code config/README.md}.
 *
 * <p>All problems of one load are reported together in one {@link ConfigException}; values out of
 * range are clamped and returned as warnings. Nothing is printed or logged. Instances are immutable
 * and safe to share; each {@link #load} reads the files anew.
 */
public final class SettingsLoader {

  private final Map<String, String> environment;

  /**
   * @param environment the environment variables to read, e.g. {@code System.getenv()}; tests pass
   *     their own map
   */
  public SettingsLoader(Map<String, String> environment) {
    this.environment = Map.copyOf(requireNonNull(environment, "'environment' must not be null"));
  }

  /** A loader reading the process environment; for the apps' {@code main} only. */
  public static SettingsLoader usingSystemEnvironment() {
    return new SettingsLoader(System.getenv());
  }

  /**
   * Loads the settings from the given sources, this loader's environment and the defaults.
   *
   * @throws ConfigException listing every problem found (unreadable or malformed file, unknown key,
   *     wrong type, value not allowed); secrets are masked in it
   */
  public LoadedSettings load(ConfigSources sources) {
    requireNonNull(sources, "'sources' must not be null");
    Diagnostics diagnostics = new Diagnostics();
    MapNode merged = MapNode.empty(new Origin("built-in defaults", 0, 0, ""));
    List<MapNode> coordinatorFiles = new ArrayList<>();
    for (Path file : sources.coordinatorFiles()) {
      Optional<MapNode> tree = YamlFileReader.read(file, diagnostics);
      if (tree.isPresent()) {
        coordinatorFiles.add(tree.get());
        merged =
            TreeMerger.merge(merged, CoordinatorConfigMapper.map(tree.get(), file, diagnostics));
      }
    }
    for (Path file : sources.kilowatchFiles()) {
      Optional<MapNode> tree = YamlFileReader.read(file, diagnostics);
      if (tree.isPresent()) {
        UnknownKeyCheck.check(tree.get(), diagnostics);
        merged = TreeMerger.merge(merged, tree.get());
      }
    }
    merged = TreeMerger.merge(merged, EnvironmentSource.read(environment, diagnostics));
    merged = TreeMerger.merge(merged, OverrideSource.read(sources.overrides(), diagnostics));
    SettingsBinder values = SettingsBinder.bindAll(merged, diagnostics);
    SettingsValidator.check(values, coordinatorFiles, diagnostics);
    diagnostics.throwIfErrors();
    return new LoadedSettings(SettingsAssembler.assemble(values), diagnostics.warnings());
  }
}
