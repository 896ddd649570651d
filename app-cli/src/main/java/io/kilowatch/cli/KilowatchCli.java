package io.kilowatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** {@code main}: builds the command line and runs it; errors are one line on stderr. */
public final class KilowatchCli {

  private KilowatchCli() {}

  public static void main(String[] args) {
    System.exit(commandLine(new Wiring(System.getenv(), Clock.systemUTC(), true)).execute(args));
  }

  /** The {@code kilowatch} command line reading through {@code connector}. */
  static CommandLine commandLine(Connector connector) {
    ObjectMapper json = Wiring.json();
    CommandLine commandLine = new CommandLine(new KilowatchCommand(connector, json));
    commandLine.setExecutionExceptionHandler(new OneLineErrors());
    commandLine.setParameterExceptionHandler(KilowatchCli::badInput);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    useSysexitsForUsageErrors(commandLine);
    versionOnEveryCommand(commandLine);
    return commandLine;
  }

  /** {@code --version} of every subcommand prints the version of {@code kilowatch}. */
  private static void versionOnEveryCommand(CommandLine commandLine) {
    commandLine.getCommandSpec().versionProvider(new Version());
    commandLine.getSubcommands().values().forEach(KilowatchCli::versionOnEveryCommand);
  }

  /** Bad input exits 64 on every command, except where a command says otherwise (check: 3). */
  private static void useSysexitsForUsageErrors(CommandLine commandLine) {
    if (commandLine.getCommandSpec().exitCodeOnInvalidInput() == CommandLine.ExitCode.USAGE) {
      commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    }
    commandLine.getSubcommands().values().forEach(KilowatchCli::useSysexitsForUsageErrors);
  }

  /**
   * Bad input is one line on stderr naming the option, and a pointer to the command's help, not the
   * whole usage: exit 64 (check: 3).
   */
  private static int badInput(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command
        .getErr()
        .println(
            "kilowatch: "
                + e.getMessage()
                + " (see: "
                + command.getCommandSpec().qualifiedName()
                + " --help)");
    command.getErr().flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** A {@link CliException} is one line and its exit code; anything else a bug (exit 70). */
  private static final class OneLineErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, ParseResult parseResult) {
      boolean verbose =
          parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--verbose"))
              || parseResult.hasMatchedOption("--verbose");
      commandLine.getErr().println("kilowatch: " + message(e));
      if (verbose) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return e instanceof CliException cli ? cli.exitCode() : ExitCodes.SOFTWARE;
    }

    private static String message(Exception e) {
      if (e instanceof CliException) {
        return e.getMessage();
      }
      return "internal error: " + e + " (run with --verbose for details)";
    }
  }
}
