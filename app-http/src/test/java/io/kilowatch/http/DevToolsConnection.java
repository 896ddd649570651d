package io.kilowatch.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The Chrome DevTools protocol over the JDK's own WebSocket client: commands (JSON with an id,
 * answered by a message with the same id) and events (messages without an id). One connection to
 * the browser; pages are sessions on it ("flatten" mode). Thread-safe.
 */
final class DevToolsConnection implements AutoCloseable {

  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

  private final ObjectMapper json = new ObjectMapper();
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
  private final WebSocket socket;

  DevToolsConnection(URI browserEndpoint) throws Exception {
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(browserEndpoint, new Receiver())
            .get(10, TimeUnit.SECONDS);
  }

  /** Calls {@code listener} with every event (a message with {@code method} and {@code params}). */
  void onEvent(Consumer<JsonNode> listener) {
    listeners.add(listener);
  }

  /**
   * Sends a command and waits for its result.
   *
   * @param sessionId the page session, or {@code null} for the browser
   * @throws IllegalStateException when the browser answers with an error
   */
  JsonNode send(@Nullable String sessionId, String method, Map<String, ?> params) throws Exception {
    long id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", json.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    synchronized (socket) {
      socket.sendText(message.toString(), true).get(10, TimeUnit.SECONDS);
    }
    JsonNode response = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (response.has("error")) {
      throw new IllegalStateException(method + " failed: " + response.get("error"));
    }
    return response.path("result");
  }

  @Override
  public void close() {
    CompletableFuture<WebSocket> unused = socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }

  private void dispatch(String text) {
    JsonNode message;
    try {
      message = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the browser sent something that is not JSON: " + text, e);
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asLong());
      if (answer != null) {
        answer.complete(message);
      }
    } else {
      listeners.forEach(listener -> listener.accept(message));
    }
  }

  /** Collects the frames of each message (screenshots arrive in many) and hands it on whole. */
  private final class Receiver implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public @Nullable CompletionStage<?> onText(
        WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        String whole = message.toString();
        message.setLength(0);
        dispatch(whole);
      }
      webSocket.request(1);
      return null;
    }
  }
}
