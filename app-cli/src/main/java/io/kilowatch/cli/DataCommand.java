package io.kilowatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads Kilowatch (embedded or {@code --url}): opens it, runs, closes it. Errors
 * become one line on stderr and an exit code (see {@link KilowatchCli}).
 */
abstract class DataCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Kilowatch kilowatch = root().connector().connect(common)) {
      return run(kilowatch);
    }
  }

  /** Does the command's work; returns the exit code. */
  abstract int run(Kilowatch kilowatch);

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  final void printJson(Object value) {
    try {
      out().println(root().json().writeValueAsString(value));
      out().flush();
    } catch (JsonProcessingException e) {
      throw new CliException(ExitCodes.SOFTWARE, "could not write JSON: " + e.getMessage(), e);
    }
  }

  final KilowatchCommand root() {
    return (KilowatchCommand) spec.root().userObject();
  }
}
