package io.kilowatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kilowatch}: the root command; it only holds the subcommands and what they share. */
@Command(
    name = "kilowatch",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.SOFTWARE,
    description = "Fast, honest answers about a GoodWe coordinator installation and its prices.",
    subcommands = {
      StatusCommand.class,
      CheckCommand.class,
      StateCommand.class,
      PricesCommand.class,
      SummaryCommand.class,
      DecisionsCommand.class,
      LogsCommand.class,
      RefreshCommand.class,
      CacheCommand.class,
      BenchCommand.class,
      DemoDataCommand.class,
      TrainCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (check: OK)",
      "1:ran, but found failures (check: WARNING)",
      "2:check: CRITICAL",
      "3:check: UNKNOWN",
      "64:bad options or arguments",
      "66:a file, directory, log or price day named does not exist",
      "69:the server of --url cannot be reached or refused, or a log cannot be read",
      "70:internal error (a bug; --verbose shows the stack trace)",
      "73:an output file or directory could not be written",
      "78:the configuration is not valid"
    })
final class KilowatchCommand implements Runnable {

  private final Connector connector;
  private final ObjectMapper json;

  @Spec CommandSpec spec;

  KilowatchCommand(Connector connector, ObjectMapper json) {
    this.connector = connector;
    this.json = json;
  }

  Connector connector() {
    return connector;
  }

  ObjectMapper json() {
    return json;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
