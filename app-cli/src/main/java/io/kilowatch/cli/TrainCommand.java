package io.kilowatch.cli;

import io.kilowatch.runtime.demo.DemoInstallation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kilowatch train} (hidden): runs the data commands once, offline, on a throw-away demo
 * installation, printing nothing. The launcher runs it with {@code -XX:ArchiveClassesAtExit} once
 * after a build, so that the AppCDS archive holds the classes every command needs, whatever command
 * a person runs first.
 */
@Command(
    name = "train",
    hidden = true,
    mixinStandardHelpOptions = true,
    description =
        "Run every data command once on a throw-away demo installation (AppCDS training).")
final class TrainCommand implements Callable<Integer> {

  /** PSE is a closed local port, tried once: the demo's days are in its archive anyway. */
  private static final Map<String, String> OFFLINE =
      Map.of("KILOWATCH_PSE_BASE_URL", "http://127.0.0.1:9/api", "KILOWATCH_PSE_RETRIES", "0");

  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("status"),
          List.of("check"),
          List.of("state", "--json"),
          List.of("prices"),
          List.of("prices", "--date", "tomorrow", "--json"),
          List.of("summary"),
          List.of("decisions", "--json"),
          List.of("logs", "--lines", "5"));

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path folder;
    try {
      folder = Files.createTempDirectory("kilowatch-train-");
    } catch (IOException e) {
      throw new CliException(ExitCodes.CANT_CREATE, "no temporary folder: " + e.getMessage(), e);
    }
    try {
      DemoInstallation demo =
          DemoInstallation.write(
              folder.resolve("demo"), Clock.systemUTC().instant(), ZoneId.of("Europe/Warsaw"), 1);
      Wiring offline = new Wiring(OFFLINE, Clock.systemUTC());
      for (List<String> command : COMMANDS) {
        List<String> args = new ArrayList<>(command);
        args.add("--config");
        args.add(demo.config().toString());
        CommandLine commandLine = KilowatchCli.commandLine(offline);
        commandLine.setOut(new PrintWriter(Writer.nullWriter()));
        commandLine.setErr(new PrintWriter(Writer.nullWriter()));
        int unused = commandLine.execute(args.toArray(String[]::new));
      }
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.CANT_CREATE, "could not write the demo: " + e.getMessage(), e);
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(TrainCommand::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
