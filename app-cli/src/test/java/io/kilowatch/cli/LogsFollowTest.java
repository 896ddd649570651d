package io.kilowatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code logs --follow}: the last lines, then each new one, until the thread is interrupted. */
class LogsFollowTest {

  @TempDir Path folder;

  @Test
  void follow_printsTheLastLinesThenNewOnesUntilInterrupted() throws Exception {
    DemoInstallationFixture demo = new DemoInstallationFixture(folder.resolve("demo"));
    Path log = demo.demo.root().resolve("logs/master_coordinator.log");
    StringWriter out = new StringWriter();
    AtomicInteger exitCode = new AtomicInteger(-1);
    CommandLine commandLine = KilowatchCli.commandLine(demo.wiring);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    Thread following =
        new Thread(
            () ->
                exitCode.set(
                    commandLine.execute(
                        "logs", "--follow", "--json", "--config", demo.demo.config().toString())));
    following.start();

    await().atMost(Duration.ofSeconds(20)).until(() -> out.toString().lines().count() >= 50);
    Files.writeString(
        log,
        "2026-11-23 13:00:00,000 - src.master_coordinator - INFO - a new line\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    await().atMost(Duration.ofSeconds(20)).until(() -> out.toString().contains("a new line"));
    following.interrupt();
    following.join(10_000);

    assertThat(following.isAlive()).isFalse();
    assertThat(exitCode.get()).isZero();
    assertThat(out.toString().lines())
        .allMatch(line -> line.startsWith("{\"type\":\"log\",\"line\":\""));
  }
}
