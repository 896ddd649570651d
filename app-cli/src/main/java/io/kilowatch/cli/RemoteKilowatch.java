package io.kilowatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kilowatch.runtime.report.CacheState;
import io.kilowatch.runtime.report.RefreshResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A Kilowatch server at {@code --url}: {@code GET /cache}, {@code POST /refresh} and the data
 * endpoints, whose bodies are handed on as they came. A 400 exits 64, a 404 exits 66 (with the
 * server's message), anything else that is not 200 exits 69.
 */
final class RemoteKilowatch implements Kilowatch {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final @Nullable String token;
  private final ObjectMapper json;
  private final HttpClient client;

  RemoteKilowatch(URI base, @Nullable String token, ObjectMapper json) {
    this.base = withTrailingSlash(base);
    this.token = token;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  @Override
  public CacheState cache() {
    return read(send(request("cache", Map.of()).GET()), CacheState.class);
  }

  @Override
  public RefreshResult refresh() {
    return read(
        send(request("refresh", Map.of()).POST(HttpRequest.BodyPublishers.noBody())),
        RefreshResult.class);
  }

  /** {@code coordinator_running} of the server's {@code GET /status}; empty while it is null. */
  @Override
  public Optional<Boolean> coordinatorRunning() {
    JsonNode running = get("status", Map.of()).path("coordinator_running");
    return running.isBoolean() ? Optional.of(running.booleanValue()) : Optional.empty();
  }

  @Override
  public JsonNode state() {
    return get("current-state", Map.of());
  }

  @Override
  public JsonNode prices(PriceRequest asked) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("day", asked.day());
    query.put("window", asked.window());
    // Servers that leave days[] out by default send it on request; others ignore the parameter.
    query.put("include", "days");
    if (asked.tariff() != null) {
      query.put("tariff", asked.tariff());
    }
    return get("prices", query);
  }

  @Override
  public JsonNode summary(@Nullable YearMonth month) {
    return get(
        "monthly-summary",
        month == null
            ? Map.of()
            : Map.of(
                "year",
                Integer.toString(month.getYear()),
                "month",
                Integer.toString(month.getMonthValue())));
  }

  @Override
  public JsonNode decisions(String timeRange) {
    return get("decisions", Map.of("time_range", timeRange));
  }

  @Override
  public JsonNode logs(LogRequest asked) {
    return get("logs", logQuery(asked, false));
  }

  /**
   * Reads the server's event stream ({@code data: {"type":"log","line":"..."}} per event) on the
   * HTTP client's threads, while this thread waits for its end or an interrupt (which cancels it).
   */
  @Override
  public void follow(LogRequest asked, Consumer<String> lines) {
    HttpRequest built =
        request("logs", logQuery(asked, true))
            .timeout(Duration.ofDays(365))
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    CompletableFuture<Void> failed = new CompletableFuture<>();
    Flow.Subscriber<String> events =
        new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription given) {
            subscription.set(given);
            given.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(String line) {
            try {
              if (line.startsWith("data:")) {
                event(json.readTree(line.substring(5).strip()), lines);
              }
            } catch (IOException | RuntimeException e) {
              failed.completeExceptionally(e);
              subscription.get().cancel();
            }
          }

          @Override
          public void onError(Throwable error) {
            // the exchange completes exceptionally
          }

          @Override
          public void onComplete() {
            // the exchange completes
          }
        };
    HttpResponse.BodyHandler<byte[]> handler =
        info ->
            info.statusCode() == 200
                ? HttpResponse.BodySubscribers.mapping(
                    HttpResponse.BodySubscribers.fromLineSubscriber(events), done -> new byte[0])
                : HttpResponse.BodySubscribers.ofByteArray();
    CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(built, handler);
    try {
      CompletableFuture.anyOf(exchange, failed).get();
      if (failed.isDone()) {
        failed.get();
      }
      HttpResponse<byte[]> response = exchange.get();
      if (response.statusCode() != 200) {
        refuse(built, response.statusCode(), response.body());
      }
    } catch (InterruptedException e) {
      Flow.Subscription given = subscription.get();
      if (given != null) {
        given.cancel();
      }
      exchange.cancel(true);
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CliException cli) {
        throw cli;
      }
      throw unreachable(built, e.getCause());
    }
  }

  /** Refused: a running server saves its views again as they change and when it stops. */
  @Override
  public ClearedSnapshots clearSnapshots() {
    throw new CliException(
        ExitCodes.USAGE,
        "cache clear works on the local snapshot store only: stop the server, then run it"
            + " without --url where the server runs");
  }

  @Override
  public void close() {
    // java.net.http.HttpClient of Java 17 has nothing to close.
  }

  private static void event(JsonNode event, Consumer<String> lines) {
    String type = event.path("type").asText();
    if (type.equals("log")) {
      lines.accept(event.path("line").asText());
    } else if (type.equals("error")) {
      throw new CliException(
          ExitCodes.UNAVAILABLE, "the log stream ended: " + event.path("message").asText());
    }
  }

  private static Map<String, String> logQuery(LogRequest asked, boolean follow) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("file", asked.file());
    query.put("lines", Integer.toString(asked.lines()));
    if (asked.level() != null) {
      query.put("level", asked.level());
    }
    if (follow) {
      query.put("follow", "true");
    }
    return query;
  }

  private JsonNode get(String path, Map<String, String> query) {
    return read(send(request(path, query).GET()), JsonNode.class);
  }

  private HttpRequest.Builder request(String path, Map<String, String> query) {
    StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
    query.forEach(
        (name, value) ->
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path + parameters))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json");
    if (token != null && !token.isEmpty()) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    HttpResponse<byte[]> response = exchange(built, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      refuse(built, response.statusCode(), response.body());
    }
    return response;
  }

  private <B> HttpResponse<B> exchange(HttpRequest built, HttpResponse.BodyHandler<B> handler) {
    try {
      return client.send(built, handler);
    } catch (IOException e) {
      throw unreachable(built, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitCodes.UNAVAILABLE, "interrupted while asking " + base, e);
    }
  }

  /** What keeps {@code built} from an answer, as one line and exit 69. */
  private CliException unreachable(HttpRequest built, Throwable cause) {
    if (cause instanceof ConnectException) {
      return new CliException(
          ExitCodes.UNAVAILABLE, "cannot reach " + base + ": connection refused", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new CliException(
          ExitCodes.UNAVAILABLE, "no answer from " + built.uri() + " in time", cause);
    }
    return new CliException(ExitCodes.UNAVAILABLE, "cannot reach " + base + ": " + cause, cause);
  }

  /** Throws for a status other than 200: the server's own {@code error} message when it has one. */
  private void refuse(HttpRequest built, int status, byte[] body) {
    if (status == 401) {
      throw new CliException(
          ExitCodes.UNAVAILABLE,
          built.uri() + " needs an access token: pass --token or set KILOWATCH_HTTP_ACCESS_TOKEN");
    }
    String error = errorOf(body);
    if (status == 400 && error != null) {
      throw new CliException(ExitCodes.USAGE, "the server refused the request: " + error);
    }
    if (status == 404 && error != null) {
      throw new CliException(ExitCodes.NO_INPUT, error);
    }
    throw new CliException(
        ExitCodes.UNAVAILABLE,
        built.uri() + " answered HTTP " + status + (error == null ? "" : ": " + error));
  }

  private @Nullable String errorOf(byte[] body) {
    try {
      JsonNode error = json.readTree(body).get("error");
      return error == null || !error.isTextual() ? null : error.asText();
    } catch (IOException e) {
      return null;
    }
  }

  private <T> T read(HttpResponse<byte[]> response, Class<T> type) {
    try {
      return json.readValue(response.body(), type);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.UNAVAILABLE,
          response.uri() + " answered something that is not a Kilowatch body: " + e.getMessage(),
          e);
    }
  }

  private static URI withTrailingSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? uri : URI.create(text + "/");
  }
}
