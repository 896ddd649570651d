package io.kilowatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code kilowatch} in-process with captured output: {@code Cli.run(connector, args)}. */
record Cli(int exitCode, String out, String err) {

  static Cli run(Connector connector, String... args) {
    CommandLine commandLine = KilowatchCli.commandLine(connector);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Cli(exitCode, out.toString(), err.toString());
  }
}
