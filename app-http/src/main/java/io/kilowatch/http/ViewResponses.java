package io.kilowatch.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Splitter;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.LoadError;
import io.kilowatch.core.freshness.Snapshot;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Turns a view's snapshot into an HTTP response, doing the work once: the data is serialized once
 * per snapshot, the freshness block and gzip form once per second of age, so a request costs a
 * cache lookup and a write. Every response carries a {@code freshness} object (view name, state,
 * age, fetched/stale/expiry instants, version, source, last error), a weak {@code ETag} (changes
 * with version, state and error, not with age), {@code Cache-Control} derived from the freshness
 * policy, and answers {@code If-None-Match} with 304. Thread-safe.
 */
@Singleton
final class ViewResponses {

  /** Longest max-age for a fresh, still-changing view: the page learns of changes from /events. */
  static final Duration MAX_AGE_CAP = Duration.ofSeconds(10);

  private final ObjectMapper json;
  private final ApiTime time;
  private final Cache<String, RenderedView> rendered =
      CacheBuilder.newBuilder().maximumSize(4096).build();
  private final Cache<Object, byte[]> data = CacheBuilder.newBuilder().weakKeys().build();

  ViewResponses(ObjectMapper json, ApiTime time) {
    this.json = json;
    this.time = time;
  }

  /**
   * The response for {@code snapshot} of the view {@code name}.
   *
   * @param body maps the value to the response body, a JSON object (a record or map)
   * @param whenMissing the body while nothing was ever loaded (reference fields as nulls)
   */
  <T> MutableHttpResponse<byte[]> respond(
      HttpRequest<?> request,
      String name,
      Snapshot<T> snapshot,
      Function<? super T, ?> body,
      Function<Snapshot<T>, ?> whenMissing) {
    return respond(
        request,
        name,
        snapshot,
        snapshot,
        () -> snapshot.value().<Object>map(body).orElseGet(() -> whenMissing.apply(snapshot)));
  }

  /**
   * The response whose freshness block describes {@code freshness} and whose data is {@code body}:
   * for bodies derived from a snapshot and something else (the current period of a price day). The
   * body is serialized once per {@code dataKey}, compared by identity: pass the same object for the
   * same data.
   */
  MutableHttpResponse<byte[]> respond(
      HttpRequest<?> request,
      String name,
      Snapshot<?> freshness,
      Object dataKey,
      Supplier<?> body) {
    RenderedView view = render(name, freshness, dataKey, body);
    String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && matches(ifNoneMatch, view.etag)) {
      return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED)
          .header(HttpHeaders.ETAG, view.etag)
          .header(HttpHeaders.CACHE_CONTROL, view.cacheControl)
          .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }
    MutableHttpResponse<byte[]> response =
        HttpResponse.<byte[]>ok()
            .contentType(MediaType.APPLICATION_JSON_TYPE)
            .header(HttpHeaders.ETAG, view.etag)
            .header(HttpHeaders.CACHE_CONTROL, view.cacheControl)
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    if (view.worthCompressing() && acceptsGzip(request)) {
      return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(view.gzip());
    }
    return response.body(view.json);
  }

  private RenderedView render(String name, Snapshot<?> snapshot, Object dataKey, Supplier<?> body) {
    Instant now = time.now();
    long second = now.getEpochSecond();
    RenderedView cached = rendered.getIfPresent(name);
    if (cached != null && cached.isFor(snapshot, dataKey, second)) {
      return cached;
    }
    byte[] dataJson = dataOf(dataKey, body);
    Freshness state = snapshot.freshnessAt(now);
    byte[] freshnessJson = write(freshnessBlock(name, snapshot, state, now));
    RenderedView fresh =
        new RenderedView(
            snapshot,
            dataKey,
            second,
            withFreshness(dataJson, freshnessJson, name),
            etag(name, snapshot, state, dataKey),
            cacheControl(snapshot, state, now));
    rendered.put(name, fresh);
    return fresh;
  }

  private byte[] dataOf(Object dataKey, Supplier<?> body) {
    byte[] cached = data.getIfPresent(dataKey);
    if (cached == null) {
      cached = write(body.get());
      data.put(dataKey, cached);
    }
    return cached;
  }

  /**
   * The {@code freshness} object. {@code view} is the name that {@code /events} uses, so the page
   * knows which events concern which response.
   */
  private Map<String, @Nullable Object> freshnessBlock(
      String name, Snapshot<?> snapshot, Freshness state, Instant now) {
    Map<String, @Nullable Object> block = new LinkedHashMap<>();
    block.put("view", name);
    block.put("state", state.label());
    block.put("age_seconds", snapshot.ageAt(now).map(Duration::toSeconds).orElse(null));
    block.put("fetched_at", snapshot.fetchedAt().map(time::format).orElse(null));
    block.put("stale_at", snapshot.refreshableAt().map(this::formatFinite).orElse(null));
    block.put("expires_at", snapshot.expiresAt().map(this::formatFinite).orElse(null));
    block.put("version", snapshot.version());
    block.put("source", snapshot.source().map(source -> source.label()).orElse(null));
    block.put("last_error", snapshot.lastError().map(this::errorBlock).orElse(null));
    return block;
  }

  private Map<String, Object> errorBlock(LoadError error) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("message", error.message());
    block.put("at", time.format(error.at()));
    block.put("consecutive_failures", error.consecutiveFailures());
    return block;
  }

  private @Nullable String formatFinite(Instant instant) {
    return instant.equals(Instant.MAX) ? null : time.format(instant);
  }

  /** {@code "freshness"} goes last into the data object: {@code {...,"freshness":{...}}}. */
  private static byte[] withFreshness(byte[] dataJson, byte[] freshnessJson, String name) {
    int end = dataJson.length - 1;
    while (end > 0 && Character.isWhitespace(dataJson[end])) {
      end--;
    }
    if (dataJson.length < 2 || dataJson[0] != '{' || dataJson[end] != '}') {
      throw new IllegalStateException("the body of view " + name + " is not a JSON object");
    }
    boolean empty = isEmptyObject(dataJson, end);
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(dataJson.length + freshnessJson.length + 16);
    out.write(dataJson, 0, end);
    out.writeBytes(
        (empty ? "\"freshness\":" : ",\"freshness\":").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(freshnessJson);
    out.write('}');
    return out.toByteArray();
  }

  private static boolean isEmptyObject(byte[] dataJson, int end) {
    for (int i = 1; i < end; i++) {
      if (!Character.isWhitespace(dataJson[i])) {
        return false;
      }
    }
    return true;
  }

  /** Weak: the bytes change every second with the age, the meaning only with these parts. */
  private static String etag(String name, Snapshot<?> snapshot, Freshness state, Object dataKey) {
    int errors = snapshot.lastError().map(LoadError::consecutiveFailures).orElse(0);
    long errorAt = snapshot.lastError().map(error -> error.at().toEpochMilli()).orElse(0L);
    return "W/\""
        + Integer.toHexString(name.hashCode())
        + "-"
        + snapshot.version()
        + "-"
        + state.label()
        + "-"
        + errors
        + "-"
        + Long.toHexString(errorAt)
        + (dataKey == snapshot ? "" : "-" + Integer.toHexString(System.identityHashCode(dataKey)))
        + "\"";
  }

  /**
   * Immutable values are cacheable for a year; fresh ones until they turn stale (at most {@link
   * #MAX_AGE_CAP}); stale, expired and missing ones must be revalidated every time.
   */
  private static String cacheControl(Snapshot<?> snapshot, Freshness state, Instant now) {
    if (state == Freshness.FRESH && snapshot.policy().equals(FreshnessPolicy.IMMUTABLE)) {
      return "public, max-age=31536000, immutable";
    }
    if (state != Freshness.FRESH) {
      return "no-cache";
    }
    Duration untilStale =
        snapshot.refreshableAt().map(at -> Duration.between(now, at)).orElse(Duration.ZERO);
    long maxAge = Math.max(0, Math.min(untilStale.toSeconds(), MAX_AGE_CAP.toSeconds()));
    return "max-age=" + maxAge;
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    for (String trimmed : Splitter.on(',').trimResults().split(ifNoneMatch)) {
      if (trimmed.equals("*") || trimmed.equals(etag) || ("W/" + trimmed).equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean acceptsGzip(HttpRequest<?> request) {
    for (String accepted : request.getHeaders().getAll(HttpHeaders.ACCEPT_ENCODING)) {
      if (accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
        return true;
      }
    }
    return false;
  }

  private byte[] write(@Nullable Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not serialize a response: " + e.getMessage(), e);
    }
  }
}
