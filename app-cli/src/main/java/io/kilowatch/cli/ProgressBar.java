package io.kilowatch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A one-line progress bar on stderr, redrawn in place ({@code \r}) every {@value #TICK_MILLIS} ms
 * from a daemon thread: {@code [######### ] 45% /status} when the share done is known, a moving
 * block when it is not. Drawn only for a person at a terminal: {@link #start} with {@code enabled}
 * false draws nothing, so a pipe or file never gets a bar. A few lines over {@code \r} rather than
 * a library: the bar needs nothing a terminal library adds.
 */
final class ProgressBar implements AutoCloseable {

  static final long TICK_MILLIS = 100;
  private static final int WIDTH = 24;
  private static final int BLOCK = 6;

  private final PrintWriter out;
  private final Supplier<String> label;
  private final DoubleSupplier done;
  private final long startNanos = System.nanoTime();
  private final @Nullable ScheduledExecutorService ticker;
  private final @Nullable ScheduledFuture<?> ticks;
  private int lastLength;
  private long tick;

  private ProgressBar(
      PrintWriter out, Supplier<String> label, DoubleSupplier done, boolean enabled) {
    this.out = out;
    this.label = label;
    this.done = done;
    if (!enabled) {
      this.ticker = null;
      this.ticks = null;
      return;
    }
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "kilowatch-progress");
              thread.setDaemon(true);
              return thread;
            });
    this.ticks = ticker.scheduleAtFixedRate(this::draw, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Starts drawing on {@code out} if {@code enabled} (a terminal); else returns a bar that draws
   * nothing.
   *
   * @param label what is going on, asked at each redraw
   * @param done the share done, 0 to 1, or {@code NaN} when unknown
   */
  static ProgressBar start(
      PrintWriter out, boolean enabled, Supplier<String> label, DoubleSupplier done) {
    return new ProgressBar(out, label, done, enabled);
  }

  /** The bar's text for {@code share} (0 to 1, or NaN) at redraw number {@code tick}. */
  static String line(double share, long tick, String label, double elapsedSeconds) {
    StringBuilder bar = new StringBuilder("[");
    if (Double.isNaN(share)) {
      int position = (int) (tick % (WIDTH - BLOCK + 1));
      bar.append(" ".repeat(position))
          .append("#".repeat(BLOCK))
          .append(" ".repeat(WIDTH - BLOCK - position))
          .append("] ")
          .append(String.format(Locale.ROOT, "%4.1fs", elapsedSeconds));
    } else {
      double clamped = Math.max(0, Math.min(1, share));
      int filled = (int) Math.round(clamped * WIDTH);
      bar.append("#".repeat(filled))
          .append(" ".repeat(WIDTH - filled))
          .append("] ")
          .append(String.format(Locale.ROOT, "%3.0f%%", clamped * 100));
    }
    return bar.append("  ").append(label).toString();
  }

  private synchronized void draw() {
    String line =
        line(done.getAsDouble(), tick++, label.get(), (System.nanoTime() - startNanos) / 1e9);
    out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    out.flush();
    lastLength = line.length();
  }

  /** Stops drawing and removes the bar, so what follows starts on a clean line. */
  @Override
  public synchronized void close() {
    if (ticker == null || ticks == null) {
      return;
    }
    ticks.cancel(false);
    ticker.shutdownNow();
    out.print("\r" + " ".repeat(lastLength) + "\r");
    out.flush();
  }
}
