package io.kilowatch.http;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One browser tab: open a page, run JavaScript in it, wait for a condition, press keys, take
 * screenshots, and collect every console error, uncaught exception and failed request.
 */
final class BrowserPage {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private final DevToolsConnection devTools;
  private final String session;
  private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
  private final List<String> allowedFailures = new CopyOnWriteArrayList<>();

  BrowserPage(DevToolsConnection devTools, String session) throws Exception {
    this.devTools = devTools;
    this.session = session;
    devTools.onEvent(this::collectErrors);
    send("Page.enable", Map.of());
    send("Runtime.enable", Map.of());
    send("Log.enable", Map.of());
    send("Network.enable", Map.of());
  }

  /** Requests to URLs containing {@code urlPart} may fail without counting as console errors. */
  void allowFailedRequestsTo(String urlPart) {
    allowedFailures.add(urlPart);
  }

  /** Console errors, uncaught exceptions and failed requests seen so far. */
  List<String> consoleErrors() {
    return new ArrayList<>(consoleErrors);
  }

  void viewport(int width, int height, boolean mobile) throws Exception {
    send(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  void cacheDisabled(boolean disabled) throws Exception {
    send("Network.setCacheDisabled", Map.of("cacheDisabled", disabled));
  }

  /** Opens {@code url} and waits until it has loaded. */
  void open(String url) throws Exception {
    send("Page.navigate", Map.of("url", url));
    waitFor("document.readyState === 'complete' && location.href !== 'about:blank'");
  }

  /** The value of a JavaScript expression (promises are awaited). */
  JsonNode eval(String expression) throws Exception {
    JsonNode result =
        send(
            "Runtime.evaluate",
            Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError(
          "JavaScript failed: " + expression + "\n" + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  String text(String selector) throws Exception {
    return eval("document.querySelector(" + quote(selector) + ")?.innerText ?? ''").asText();
  }

  /** Waits until a JavaScript condition holds. */
  void waitFor(String condition) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(50))
        .ignoreExceptions()
        .alias(condition)
        .until(() -> eval("!!(" + condition + ")").asBoolean());
  }

  /** Presses and releases a key (e.g. ArrowRight, Home, Enter) on the focused element. */
  void press(String key, int keyCode) throws Exception {
    Map<String, Object> down =
        Map.of(
            "type", "keyDown",
            "key", key,
            "code", key,
            "windowsVirtualKeyCode", keyCode,
            "text", key.equals("Enter") ? "\r" : "");
    send("Input.dispatchKeyEvent", down);
    send(
        "Input.dispatchKeyEvent",
        Map.of("type", "keyUp", "key", key, "code", key, "windowsVirtualKeyCode", keyCode));
  }

  /** A PNG of the whole page (at most {@code maxHeight} pixels tall), once it has been painted. */
  void screenshot(Path file, int maxHeight) throws Exception {
    eval("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    JsonNode size =
        eval(
            "({w: document.documentElement.clientWidth, h: document.documentElement.scrollHeight})");
    Map<String, Object> clip =
        Map.of(
            "x",
            0,
            "y",
            0,
            "width",
            size.get("w").asInt(),
            "height",
            Math.min(maxHeight, size.get("h").asInt()),
            "scale",
            1);
    JsonNode shot =
        send(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  private JsonNode send(String method, Map<String, ?> params) throws Exception {
    return devTools.send(session, method, params);
  }

  private void collectErrors(JsonNode message) {
    if (!session.equals(message.path("sessionId").asText())) {
      return;
    }
    JsonNode params = message.path("params");
    switch (message.path("method").asText()) {
      case "Runtime.consoleAPICalled" -> {
        String type = params.path("type").asText();
        if (type.equals("error") || type.equals("assert")) {
          consoleErrors.add("console." + type + ": " + params.path("args"));
        }
      }
      case "Runtime.exceptionThrown" ->
          consoleErrors.add("uncaught: " + params.path("exceptionDetails"));
      case "Log.entryAdded" -> {
        JsonNode entry = params.path("entry");
        String url = entry.path("url").asText();
        boolean allowed = allowedFailures.stream().anyMatch(url::contains);
        if (entry.path("level").asText().equals("error") && !allowed) {
          consoleErrors.add("log: " + entry.path("text").asText() + " " + url);
        }
      }
      default -> {}
    }
  }

  static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
