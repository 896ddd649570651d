package io.kilowatch.cli;

/** Opens the {@link Kilowatch} a command reads, from its common options. */
@FunctionalInterface
interface Connector {

  /**
   * Opens Kilowatch as {@code options} say: embedded, or the server at {@code --url}.
   *
   * @throws CliException naming what kept it from opening (bad config, missing file, ...)
   */
  Kilowatch connect(CommonOptions options);
}
