package io.kilowatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void line_withAKnownShare_fillsTheBarAndShowsPercent() {
    assertThat(ProgressBar.line(0.5, 0, "/status", 1.0))
        .isEqualTo("[############            ]  50%  /status");
  }

  @Test
  void line_withAnUnknownShare_movesABlockAndShowsTheTime() {
    assertThat(ProgressBar.line(Double.NaN, 2, "loading", 1.25))
        .isEqualTo("[  ######                ]  1.3s  loading");
  }

  @Test
  void start_onATerminal_redrawsInPlaceAndClearsOnClose() {
    StringWriter out = new StringWriter();
    ProgressBar bar = ProgressBar.start(new PrintWriter(out), true, () -> "x", () -> 0.25);

    await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().contains("25%"));
    bar.close();

    assertThat(out.toString()).startsWith("\r[######").endsWith("\r");
  }

  @Test
  void start_withoutATerminal_drawsNothing() {
    StringWriter out = new StringWriter();

    ProgressBar.start(new PrintWriter(out), false, () -> "x", () -> 0.25).close();

    assertThat(out.toString()).isEmpty();
  }
}
