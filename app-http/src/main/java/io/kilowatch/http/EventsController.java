package io.kilowatch.http;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.sse.Event;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * {@code GET /events}: server-sent events, one per view change (named {@code view}: {@code id},
 * then {@code data} with view, version, status and error). Reconnecting clients send {@code
 * Last-Event-ID} and get what they missed. A {@code heartbeat} event (no id, data {@code {at,
 * last_id}}) comes at once and every {@value #HEARTBEAT_PROPERTY} (default {@link #HEARTBEAT}): the
 * stream's headers are only sent with a first event, so without it a client would not know it is
 * connected until a view changes; it also keeps proxies from closing a quiet stream, lets clients
 * notice a dead one, and tells the page the server's time (ages tick on it between updates). When
 * the server stops, every stream ends at once (clients reconnect), so an open page never holds a
 * shutdown.
 */
@Controller
final class EventsController {

  static final Duration HEARTBEAT = Duration.ofSeconds(25);

  /** Micronaut property overriding {@link #HEARTBEAT} (the page's tests use a short one). */
  static final String HEARTBEAT_PROPERTY = "kilowatch.events.heartbeat";

  /** The body of a heartbeat: the server's time and the id of the last view event. */
  record Heartbeat(String at, long lastId) {}

  private final ViewEvents events;
  private final ApiTime time;
  private final Duration heartbeat;

  EventsController(
      ViewEvents events,
      ApiTime time,
      @Property(name = HEARTBEAT_PROPERTY, defaultValue = "25s") Duration heartbeat) {
    this.events = events;
    this.time = time;
    this.heartbeat = heartbeat;
  }

  @Get(uri = "/events", produces = MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<?>> events(@Header("Last-Event-ID") @Nullable String lastEventId) {
    Flux<Event<?>> heartbeats =
        Flux.interval(Duration.ZERO, heartbeat)
            .map(
                tick ->
                    Event.of(new Heartbeat(time.format(time.now()), events.lastId()))
                        .name("heartbeat"));
    Flux<Event<?>> changes =
        events
            .after(parse(lastEventId))
            .map(event -> Event.of(event).id(Long.toString(event.id())).name("view"));
    return Flux.merge(heartbeats, changes).takeUntilOther(events.stopping());
  }

  /** A malformed id (not ours) counts as none: the client just gets events from now on. */
  private static @Nullable Long parse(@Nullable String lastEventId) {
    if (lastEventId == null || lastEventId.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(lastEventId.trim());
    } catch (NumberFormatException notOurs) {
      return null;
    }
  }
}
