package io.kilowatch.cli;

import io.kilowatch.runtime.demo.DemoInstallation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kilowatch demo-data DIR}: writes the demo coordinator installation the server's --demo
 * uses.
 */
@Command(
    name = "demo-data",
    mixinStandardHelpOptions = true,
    description = {
      "Write a demo coordinator installation into DIR (empty or new): 60 days in the coordinator's"
          + " SQLite layout, its logs, today's and tomorrow's prices, and a kilowatch.yaml.",
      "Then: kilowatch status --config DIR/kilowatch.yaml"
    })
final class DemoDataCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "Where to write the installation.")
  Path directory;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
  long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (Files.exists(directory) && !isEmptyDirectory(directory)) {
      throw new CliException(
          ExitCodes.USAGE, directory + " is not an empty directory; give a new or empty one");
    }
    try {
      DemoInstallation demo =
          DemoInstallation.write(
              directory, Clock.systemUTC().instant(), ZoneId.of("Europe/Warsaw"), seed);
      spec.commandLine().getOut().println("Demo installation written to " + demo.root());
      spec.commandLine().getOut().println("Settings: " + demo.config());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.CANT_CREATE, "could not write the demo: " + e.getMessage(), e);
    }
  }

  private static boolean isEmptyDirectory(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
