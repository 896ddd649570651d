package io.kilowatch.http;

import io.kilowatch.config.ConfigSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The server's command-line options, turned into config sources: {@code --config FILE}, {@code
 * --root DIR}, {@code --host ADDRESS}, {@code --port N}, {@code --demo}, {@code --allow-open},
 * {@code --help}. Flags beat {@code KILOWATCH_*} variables, which beat files.
 *
 * @param sources where the settings come from
 * @param demo serve a generated demo installation
 * @param allowOpen serve a non-loopback address without an access token
 * @param help print the usage and exit
 */
record ServerOptions(ConfigSources sources, boolean demo, boolean allowOpen, boolean help) {

  static final String USAGE =
      """
      Usage: kilowatch-server [--config FILE] [--root DIR] [--host ADDRESS] [--port N]
                              [--demo] [--allow-open]
        --config FILE    a kilowatch.yaml, or the coordinator's master_coordinator_config.yaml
        --root DIR       the coordinator's project root (holding out/, logs/, data/)
        --host ADDRESS   address to bind (default 127.0.0.1)
        --port N         port to listen on (default 8080)
        --demo           serve a generated demo installation (no inverter, no internet)
        --allow-open     serve an address other than loopback without an access token
      Settings also come from KILOWATCH_* environment variables (see config/README.md).
      """;

  /** Thrown for options that cannot be used, with a message naming the bad one. */
  static final class BadOption extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadOption(String message) {
      super(message);
    }
  }

  static ServerOptions parse(List<String> args, Map<String, String> environment) {
    ConfigSources sources = ConfigSources.fromEnvironment(environment);
    boolean demo = false;
    boolean allowOpen = false;
    boolean help = false;
    List<String> rest = new ArrayList<>(args);
    while (!rest.isEmpty()) {
      String option = rest.remove(0);
      String name = option;
      @Nullable String inlineValue = null;
      int equals = option.indexOf('=');
      if (option.startsWith("--") && equals > 0) {
        name = option.substring(0, equals);
        inlineValue = option.substring(equals + 1);
      }
      switch (name) {
        case "--demo" -> demo = true;
        case "--allow-open" -> allowOpen = true;
        case "--help", "-h" -> help = true;
        case "--config" -> {
          Path file = Path.of(value(name, inlineValue, rest));
          if (!Files.isRegularFile(file)) {
            throw new BadOption("--config: " + file + " does not exist");
          }
          Path fileName = file.getFileName();
          boolean coordinator =
              fileName != null && fileName.toString().startsWith("master_coordinator_config");
          sources =
              coordinator ? sources.withCoordinatorFile(file) : sources.withKilowatchFile(file);
        }
        case "--root" -> {
          Path root = Path.of(value(name, inlineValue, rest));
          if (!Files.isDirectory(root)) {
            throw new BadOption("--root: " + root + " is not a directory");
          }
          sources = sources.withOverride("paths.coordinator-root", root.toString());
        }
        case "--host" ->
            sources = sources.withOverride("http.host", value(name, inlineValue, rest));
        case "--port" ->
            sources = sources.withOverride("http.port", value(name, inlineValue, rest));
        default -> throw new BadOption("unknown option '" + option + "' (see --help)");
      }
    }
    return new ServerOptions(sources, demo, allowOpen, help);
  }

  private static String value(String name, @Nullable String inline, List<String> rest) {
    if (inline != null) {
      return inline;
    }
    if (rest.isEmpty() || rest.get(0).startsWith("--")) {
      throw new BadOption(name + " needs a value");
    }
    return rest.remove(0);
  }
}
