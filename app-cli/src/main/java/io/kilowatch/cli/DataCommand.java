package io.kilowatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.runtime.api.BadParameterException;
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
    } catch (BadParameterException e) {
      throw new CliException(ExitCodes.USAGE, optionOf(e.parameter()) + " " + e.problem(), e);
    }
  }

  /** The option of a parameter of the HTTP API, as a bad-value message names it. */
  String optionOf(String parameter) {
    return "--" + parameter;
  }

  /** Whether to colour the output: only for a person at a terminal, never with JSON. */
  final boolean colour() {
    return !common.json && Terminal.isInteractive();
  }

  /**
   * One line on how old the body's data is, from its {@code freshness} block: {@code data: fresh,
   * 42s old, live}, and the last error if any.
   */
  final void printFreshness(JsonNode body) {
    JsonNode freshness = body.path("freshness");
    StringBuilder line = new StringBuilder("data: ").append(freshness.path("state").asText("?"));
    if (freshness.hasNonNull("age_seconds")) {
      line.append(", ")
          .append(Durations.human(freshness.get("age_seconds").asDouble()))
          .append(" old");
    }
    if (freshness.hasNonNull("source")) {
      line.append(", ").append(freshness.get("source").asText());
    }
    JsonNode error = freshness.path("last_error");
    if (error.hasNonNull("message")) {
      line.append("; last error: ").append(error.get("message").asText());
    }
    out().println(line);
    out().flush();
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
