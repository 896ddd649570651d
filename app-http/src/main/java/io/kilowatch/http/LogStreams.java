package io.kilowatch.http;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * The live streams of {@code /logs?follow=true}: one shared follower per log, polled every {@value
 * #POLL_MILLIS} ms on one thread of its own while at least one client listens, whatever the number
 * of clients; each client has its own level filter ({@link LogQuery#matches}, the rule of every
 * tail). A client first gets a {@code start} event and the last {@value #FIRST_LINES} matching
 * lines among the log's last {@value #RECENT_LINES}, then every new matching line; a heartbeat
 * after {@value #HEARTBEAT_SECONDS} s without lines keeps idle connections open. Rotation and
 * truncation are the follower's business (it survives both). When the log can no longer be read,
 * each client gets an {@code error} event and its stream ends; on shutdown every stream ends.
 *
 * <p>A client that does not keep up has {@value #MAX_PENDING} events buffered, then its stream
 * fails. Thread-safe; the followers are only touched on the poller thread.
 */
@Singleton
final class LogStreams implements GracefulShutdownCapable {

  static final long POLL_MILLIS = 200;
  static final long HEARTBEAT_SECONDS = 30;
  static final int FIRST_LINES = 50;
  static final int RECENT_LINES = 1_000;
  static final int MAX_PENDING = 10_000;

  /** One event of a stream, as JSON {@code {"type":"log","line":"..."}} and the like. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StreamEvent(String type, @Nullable String line, @Nullable String message) {

    static StreamEvent start() {
      return new StreamEvent("start", null, "Starting log stream");
    }

    static StreamEvent log(String line) {
      return new StreamEvent("log", line, null);
    }

    static StreamEvent error(String message) {
      return new StreamEvent("error", null, message);
    }

    static StreamEvent heartbeat() {
      return new StreamEvent("heartbeat", null, null);
    }
  }

  private final LogSource logs;
  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(
          new ThreadFactoryBuilder().setNameFormat("kilowatch-log-follow").setDaemon(true).build());
  private final Map<String, Channel> channels = new HashMap<>(); // poller thread only

  LogStreams(KilowatchRuntime runtime) {
    this.logs = runtime.logs();
  }

  /**
   * The stream of {@code log} (a name of {@link KilowatchRuntime#logs()}) with only the lines of
   * {@code level} ({@code null} for all). Never completes unless the log fails or the server stops.
   */
  Flux<StreamEvent> follow(String log, @Nullable String level) {
    return Flux.<StreamEvent>create(
            sink -> {
              Client client = new Client(sink, new LogQuery(log, 1, level));
              if (!submit(() -> channels.computeIfAbsent(log, Channel::new).add(client))) {
                client.fail("the server is stopping");
                return;
              }
              sink.onDispose(() -> submit(() -> remove(log, client)));
            },
            FluxSink.OverflowStrategy.BUFFER)
        .onBackpressureBuffer(MAX_PENDING);
  }

  /**
   * The logs followed now, each with its number of clients; each is one follower, whatever the
   * number of clients.
   */
  Map<String, Integer> clientsByLog() {
    try {
      return poller
          .submit(
              () -> {
                Map<String, Integer> clients = new HashMap<>();
                channels.forEach((log, channel) -> clients.put(log, channel.clients.size()));
                return Map.copyOf(clients);
              })
          .get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the log poller does not answer", e);
    }
  }

  /** Ends every stream, so that in-flight requests finish and the server can stop at once. */
  @Override
  public CompletionStage<?> shutdownGracefully() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (!submit(
        () -> {
          endAll();
          done.complete(null);
        })) {
      done.complete(null);
    }
    return done;
  }

  @PreDestroy
  void close() {
    submit(this::endAll);
    poller.shutdown();
    try {
      if (!poller.awaitTermination(2, TimeUnit.SECONDS)) {
        poller.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      poller.shutdownNow();
    }
  }

  private void endAll() {
    for (Channel channel : List.copyOf(channels.values())) {
      channel.clients.forEach(client -> client.sink.complete());
      channel.clients.clear();
      channel.close();
    }
  }

  private void remove(String log, Client client) {
    Channel channel = channels.get(log);
    if (channel != null) {
      channel.remove(client);
    }
  }

  private boolean submit(Runnable task) {
    try {
      poller.execute(task);
      return true;
    } catch (RejectedExecutionException stopping) {
      return false;
    }
  }

  /** One followed log and its clients; used on the poller thread only. */
  private final class Channel {
    final String log;
    final Deque<String> recent = new ArrayDeque<>();
    final List<Client> clients = new ArrayList<>();
    @Nullable LogFollower follower;
    @Nullable ScheduledFuture<?> ticks;
    long lastSentNanos;

    Channel(String log) {
      this.log = log;
    }

    void add(Client client) {
      if (follower == null) {
        try {
          LogFollower started = logs.follow(LogQuery.last(log, RECENT_LINES));
          follower = started;
          remember(started.poll());
        } catch (RuntimeException e) {
          client.fail(messageOf(e));
          if (clients.isEmpty()) {
            close();
          }
          return;
        }
        ticks = poller.scheduleWithFixedDelay(this::tick, POLL_MILLIS, POLL_MILLIS, MILLISECONDS);
        lastSentNanos = System.nanoTime();
      }
      client.send(StreamEvent.start());
      List<String> matching = recent.stream().filter(client::wants).toList();
      matching
          .subList(Math.max(0, matching.size() - FIRST_LINES), matching.size())
          .forEach(line -> client.send(StreamEvent.log(line)));
      clients.add(client);
    }

    void remove(Client client) {
      clients.remove(client);
      if (clients.isEmpty()) {
        close();
      }
    }

    private void tick() {
      LogFollower current = follower;
      if (current == null) {
        return;
      }
      List<String> lines;
      try {
        lines = current.poll();
      } catch (RuntimeException e) {
        String message = messageOf(e);
        clients.forEach(client -> client.fail(message));
        clients.clear();
        close();
        return;
      }
      remember(lines);
      for (String line : lines) {
        StreamEvent event = StreamEvent.log(line);
        for (Client client : clients) {
          if (client.wants(line)) {
            client.send(event);
          }
        }
      }
      long now = System.nanoTime();
      if (!lines.isEmpty()) {
        lastSentNanos = now;
      } else if (now - lastSentNanos >= Duration.ofSeconds(HEARTBEAT_SECONDS).toNanos()) {
        clients.forEach(client -> client.send(StreamEvent.heartbeat()));
        lastSentNanos = now;
      }
    }

    private void remember(List<String> lines) {
      for (String line : lines) {
        if (recent.size() == RECENT_LINES) {
          recent.removeFirst();
        }
        recent.addLast(line);
      }
    }

    void close() {
      ScheduledFuture<?> scheduled = ticks;
      if (scheduled != null) {
        scheduled.cancel(false);
        ticks = null;
      }
      LogFollower current = follower;
      follower = null;
      if (current != null) {
        current.close();
      }
      channels.remove(log, this);
    }
  }

  /** One listening client with its level filter. */
  private static final class Client {
    final FluxSink<StreamEvent> sink;
    final LogQuery filter;

    Client(FluxSink<StreamEvent> sink, LogQuery filter) {
      this.sink = sink;
      this.filter = filter;
    }

    boolean wants(String line) {
      return filter.matches(line);
    }

    void send(StreamEvent event) {
      sink.next(event);
    }

    void fail(String message) {
      sink.next(StreamEvent.error(message));
      sink.complete();
    }
  }

  private static String messageOf(RuntimeException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
