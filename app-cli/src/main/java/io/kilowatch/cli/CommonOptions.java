package io.kilowatch.cli;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every command takes (picocli mixin). */
final class CommonOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "A kilowatch.yaml, or the coordinator's master_coordinator_config.yaml"
              + " (recognised by its name). Default: \\$KILOWATCH_CONFIG.")
  @Nullable Path config;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "The coordinator's project root (holding out/, logs/, data/).")
  @Nullable Path root;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Ask a running Kilowatch server instead of reading the files directly.")
  @Nullable URI url;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "Access token for --url (default: \\$KILOWATCH_HTTP_ACCESS_TOKEN).")
  @Nullable String token;

  @Option(names = "--json", description = "Print JSON (stable field names) instead of a table.")
  boolean json;

  @Option(names = "--verbose", description = "Print details, and stack traces on errors.")
  boolean verbose;
}
