package io.kilowatch.http;

import io.kilowatch.core.view.RefreshOutcome;
import io.kilowatch.runtime.KilowatchRuntime;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The stream behind {@code GET /events}: one event per load that changed a view (new version or new
 * error), numbered. The last {@value #REPLAYED} events are kept, so a client reconnecting with
 * {@code Last-Event-ID} gets what it missed; an id older than that gets what is kept.
 */
@Singleton
final class ViewEvents implements GracefulShutdownCapable {

  static final int REPLAYED = 256;

  /** One change of one view. */
  record ViewEvent(long id, String view, long version, String status, @Nullable String error) {}

  private final Sinks.Many<ViewEvent> sink = Sinks.many().replay().limit(REPLAYED);
  private final Sinks.Empty<Void> stopping = Sinks.empty();
  private final AtomicLong lastId = new AtomicLong();

  ViewEvents(KilowatchRuntime runtime) {
    runtime.dashboard().addRefreshListener(this::publish);
  }

  /** Events after {@code lastEventId}, or from now on when it is {@code null}. Never completes. */
  Flux<ViewEvent> after(@Nullable Long lastEventId) {
    long from = lastEventId == null ? lastId.get() : lastEventId;
    return sink.asFlux().filter(event -> event.id() > from);
  }

  /**
   * Completes when the server begins to stop, so that the streams of {@code /events} end (clients
   * reconnect with {@code Last-Event-ID}) instead of holding the shutdown for its whole grace
   * period.
   */
  Mono<Void> stopping() {
    return stopping.asMono();
  }

  @Override
  public CompletionStage<?> shutdownGracefully() {
    Sinks.EmitResult unused = stopping.tryEmitEmpty();
    return CompletableFuture.completedFuture(null);
  }

  /** The id of the last event sent, 0 before the first. */
  long lastId() {
    return lastId.get();
  }

  private void publish(RefreshOutcome outcome) {
    // Loads end on several threads; a sink needs its emissions one at a time.
    synchronized (sink) {
      ViewEvent event =
          new ViewEvent(
              lastId.incrementAndGet(),
              outcome.view(),
              outcome.version(),
              outcome.status().name().toLowerCase(Locale.ROOT),
              outcome.error());
      Sinks.EmitResult unused = sink.tryEmitNext(event);
    }
  }
}
