package io.kilowatch.http;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.sse.Event;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

/**
 * {@code GET /events}: server-sent events, one per view change ({@code id}, then {@code data} with
 * view, version, status and error). Reconnecting clients send {@code Last-Event-ID} and get what
 * they missed.
 */
@Controller
final class EventsController {

  private final ViewEvents events;

  EventsController(ViewEvents events) {
    this.events = events;
  }

  @Get(uri = "/events", produces = MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<ViewEvents.ViewEvent>> events(
      @Header("Last-Event-ID") @Nullable String lastEventId) {
    return events
        .after(parse(lastEventId))
        .map(event -> Event.of(event).id(Long.toString(event.id())).name("view"));
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
