package io.kilowatch.http;

import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.view.RefreshingView;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/**
 * Test-only stand-ins for the data endpoints the lead is building: the reference's paths, bodies
 * from {@link DemoViews} through {@link ViewResponses} (so each carries its freshness block).
 * {@code /logs/files} is deliberately not served: the page must say the endpoint is missing.
 */
@Requires(property = "spec.name", pattern = "Dashboard(Page|Token)Test")
@Controller
final class DemoEndpoints {

  private final ViewResponses responses;
  private final DemoViews views;

  DemoEndpoints(ViewResponses responses, DemoViews views) {
    this.responses = responses;
    this.views = views;
  }

  @Get("/status")
  MutableHttpResponse<byte[]> status(HttpRequest<?> request) {
    return respond(request, views.status);
  }

  @Get("/current-state")
  MutableHttpResponse<byte[]> currentState(HttpRequest<?> request) {
    return respond(request, views.currentState);
  }

  @Get("/decisions")
  MutableHttpResponse<byte[]> decisions(
      HttpRequest<?> request,
      @QueryValue(value = "time_range", defaultValue = "24h") String range) {
    return respond(request, range.equals("7d") ? views.decisions7d : views.decisions24h);
  }

  @Get("/historical-data")
  MutableHttpResponse<byte[]> history(HttpRequest<?> request) {
    return respond(request, views.history);
  }

  /** The first read of a month waits for its load, so off the event loop. */
  @Get("/monthly-summary")
  @ExecuteOn(TaskExecutors.BLOCKING)
  MutableHttpResponse<byte[]> monthlySummary(
      HttpRequest<?> request,
      @QueryValue @Nullable Integer year,
      @QueryValue @Nullable Integer month) {
    YearMonth now = YearMonth.now(views.zone);
    YearMonth key =
        YearMonth.of(
            year == null ? now.getYear() : year, month == null ? now.getMonthValue() : month);
    Snapshot<Map<String, Object>> snapshot = views.monthlySummaries.get(key);
    return responses.respond(
        request,
        views.monthlySummaries.name() + "/" + key,
        snapshot,
        value -> value,
        missing -> Map.of());
  }

  /**
   * The demo serves one file's tail whatever {@code lines} and {@code level} say; {@code
   * follow=true} streams it as the reference does (events {@code start}, then {@code log} lines).
   */
  @Get(
      uri = "/logs",
      produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
  MutableHttpResponse<?> logs(
      HttpRequest<?> request,
      @QueryValue(defaultValue = "master") String file,
      @QueryValue(defaultValue = "false") boolean follow) {
    if (!file.equals("master")) {
      throw new ErrorResponses.Failure(
          HttpStatus.NOT_FOUND, null, "Log file " + file + " not found");
    }
    if (follow) {
      return HttpResponse.ok(follow()).contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
    }
    return respond(request, views.logs);
  }

  private Flux<Event<Map<String, Object>>> follow() {
    @SuppressWarnings("unchecked")
    List<String> lines = (List<String>) views.logs.snapshot().value().orElseThrow().get("lines");
    return Flux.concat(
            Flux.just(DemoData.object("type", "start", "message", "Starting log stream")),
            Flux.fromIterable(lines.subList(lines.size() - 5, lines.size()))
                .map(line -> DemoData.object("type", "log", "line", line)),
            Flux.interval(Duration.ofMillis(300))
                .take(3)
                .map(i -> DemoData.object("type", "log", "line", "INFO - live line " + (i + 1))),
            Flux.never())
        .map(Event::of);
  }

  private MutableHttpResponse<byte[]> respond(
      HttpRequest<?> request, RefreshingView<Map<String, Object>> view) {
    return responses.respond(
        request, view.name(), view.snapshot(), value -> value, missing -> Map.of());
  }
}
