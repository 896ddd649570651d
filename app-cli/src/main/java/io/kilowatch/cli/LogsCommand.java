package io.kilowatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kilowatch.core.dashboard.LogViewSettings;
import io.kilowatch.runtime.api.LogNames;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kilowatch logs}: the last lines of one of the coordinator's logs, or ({@code --follow})
 * every new line until Ctrl-C or the end of the stream. {@code --json} prints the body of {@code
 * GET /logs}; following, one {@code {"type":"log","line":"..."}} object per line.
 */
@Command(
    name = "logs",
    mixinStandardHelpOptions = true,
    description = {
      "Show the last lines of a coordinator log, or follow it (--follow: the last 50 lines, then"
          + " every new line until Ctrl-C).",
      "Exit 66 when the log does not exist."
    })
final class LogsCommand extends DataCommand {

  private static final Set<String> LEVELS = Set.of("ERROR", "WARNING", "INFO", "DEBUG");

  @Option(
      names = "--file",
      paramLabel = "LOG",
      defaultValue = LogNames.DEFAULT_KEY,
      description =
          "master, data (or enhanced_data_collector), fast_charge, systemd (or journal)"
              + " (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(
      names = "--lines",
      paramLabel = "N",
      defaultValue = "100",
      description = "How many of the last lines (default: ${DEFAULT-VALUE}).")
  int lines;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "Only lines of ERROR, WARNING, INFO or DEBUG.")
  @Nullable String level;

  @Option(names = "--follow", description = "Print new lines as they are written, until Ctrl-C.")
  boolean follow;

  @Override
  int run(Kilowatch kilowatch) {
    Kilowatch.LogRequest request = request();
    if (follow) {
      kilowatch.follow(request, this::printLine);
      return ExitCodes.OK;
    }
    JsonNode body = kilowatch.logs(request);
    if (common.json) {
      printJson(body);
      return ExitCodes.OK;
    }
    body.path("lines").forEach(line -> out().println(line.asText()));
    out().flush();
    return ExitCodes.OK;
  }

  /** The request, checked here so that embedded and remote refuse the same input. */
  private Kilowatch.LogRequest request() {
    if (LogNames.byKey(file).isEmpty()) {
      throw new CliException(
          ExitCodes.USAGE,
          "--file must be master, data, enhanced_data_collector, fast_charge, systemd or journal,"
              + " but was '"
              + file
              + "'");
    }
    int maximum = LogViewSettings.DEFAULTS.maximumLines();
    if (lines < 1 || lines > maximum) {
      throw new CliException(
          ExitCodes.USAGE,
          "--lines must be a whole number from 1 to " + maximum + ", but was " + lines);
    }
    String upper = level == null ? null : level.strip().toUpperCase(Locale.ROOT);
    if (upper != null && !LEVELS.contains(upper)) {
      throw new CliException(
          ExitCodes.USAGE,
          "--level must be ERROR, WARNING, INFO or DEBUG, but was '" + level + "'");
    }
    return new Kilowatch.LogRequest(file, lines, upper);
  }

  private void printLine(String line) {
    if (common.json) {
      ObjectNode event = root().json().createObjectNode().put("type", "log").put("line", line);
      out().println(event.toString());
    } else {
      out().println(line);
    }
    out().flush();
  }
}
