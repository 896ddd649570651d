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
import io.kilowatch.runtime.api.FreshnessBlock;
import io.kilowatch.runtime.api.ViewBody;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a view's snapshot into an HTTP response, doing the work once: the data is serialized once
 * per snapshot, the freshness block and gzip form once per second of age, so a request costs a
 * cache lookup and a write. Every response carries a {@code freshness} object, a weak {@code ETag}
 * (changes with version, state and error, not with age), {@code Cache-Control} derived from the
 * freshness policy, and answers {@code If-None-Match} with 304.
 *
 * <p>Renderings are cached by response name, so one snapshot may be shown in several ways (e.g. the
 * last 100 or 500 lines of a log) under several names. Both caches are bounded by bytes and hold
 * snapshots weakly. Thread-safe.
 */
@Singleton
final class ViewResponses {

  /** Longest max-age for a fresh, still-changing view: the page learns of changes from /events. */
  static final Duration MAX_AGE_CAP = Duration.ofSeconds(10);

  /** Bytes each of the two caches (data, rendered responses) holds at most. */
  static final long CACHE_BYTES = 32L * 1024 * 1024;

  private final ObjectMapper json;
  private final ApiTime time;
  private final Cache<String, RenderedView> rendered =
      CacheBuilder.newBuilder()
          .maximumWeight(CACHE_BYTES)
          .<String, RenderedView>weigher((name, view) -> name.length() + view.json.length)
          .build();
  private final Cache<String, DataBytes> data =
      CacheBuilder.newBuilder()
          .maximumWeight(CACHE_BYTES)
          .<String, DataBytes>weigher((name, bytes) -> name.length() + bytes.json.length)
          .build();

  /** A snapshot's data serialized, for the snapshot (held weakly) it was made of. */
  private static final class DataBytes {
    private final WeakReference<Object> snapshot;
    final byte[] json;

    DataBytes(Object snapshot, byte[] json) {
      this.snapshot = new WeakReference<>(snapshot);
      this.json = json;
    }

    /** Whether these bytes were made of {@code snapshot}, the same instance. */
    boolean isFor(Object snapshot) {
      return this.snapshot.get() == snapshot;
    }
  }

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
    return respond(request, name, snapshot, ViewBody.of(body, whenMissing));
  }

  /**
   * The response for {@code snapshot} under {@code name}: the view's name, or the view's name and a
   * variant (e.g. {@code logs/master_coordinator.log?lines=100}) when one snapshot is shown in
   * several ways.
   */
  <T> MutableHttpResponse<byte[]> respond(
      HttpRequest<?> request, String name, Snapshot<T> snapshot, ViewBody<T> body) {
    return send(request, render(name, snapshot, body));
  }

  /** Sends a rendering: 304 if the request's {@code If-None-Match} holds its ETag, else 200. */
  MutableHttpResponse<byte[]> send(HttpRequest<?> request, RenderedView view) {
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

  private <T> RenderedView render(String name, Snapshot<T> snapshot, ViewBody<T> body) {
    Instant now = time.now();
    long second = now.getEpochSecond();
    RenderedView cached = rendered.getIfPresent(name);
    if (cached != null && cached.isFor(snapshot, second)) {
      return cached;
    }
    byte[] dataJson = dataOf(name, snapshot, body);
    Freshness state = snapshot.freshnessAt(now);
    RenderedView fresh =
        new RenderedView(
            snapshot,
            second,
            merged(dataJson, write(body.tail(name, snapshot, now, time.zone())), name),
            etag(name, snapshot, state),
            cacheControl(snapshot, state, now));
    rendered.put(name, fresh);
    return fresh;
  }

  /**
   * The view a response name shows, as {@code /events} names it: the name up to a variant ({@code
   * logs/master?lines=500}, {@code prices-today@33/120}).
   */
  static String viewOf(String name) {
    return FreshnessBlock.viewOf(name);
  }

  private <T> byte[] dataOf(String name, Snapshot<T> snapshot, ViewBody<T> body) {
    DataBytes cached = data.getIfPresent(name);
    if (cached != null && cached.isFor(snapshot)) {
      return cached.json;
    }
    byte[] bytes = write(body.dataOf(snapshot));
    data.put(name, new DataBytes(snapshot, bytes));
    return bytes;
  }

  /**
   * The freshness block of {@code snapshot} in {@code state} at {@code now} ({@link
   * FreshnessBlock}). A new mutable map.
   */
  Map<String, @Nullable Object> freshnessBlock(Snapshot<?> snapshot, Freshness state, Instant now) {
    return FreshnessBlock.of(snapshot, state, now, time.zone());
  }

  /**
   * The members of {@code tailJson} (a JSON object) appended to the data object: {@code
   * {...data,...tail}}; the freshness block thus goes last.
   */
  private static byte[] merged(byte[] dataJson, byte[] tailJson, String name) {
    int end = dataJson.length - 1;
    while (end > 0 && Character.isWhitespace(dataJson[end])) {
      end--;
    }
    if (dataJson.length < 2 || dataJson[0] != '{' || dataJson[end] != '}') {
      throw new IllegalStateException("the body of view " + name + " is not a JSON object");
    }
    boolean empty = isEmptyObject(dataJson, end);
    ByteArrayOutputStream out = new ByteArrayOutputStream(dataJson.length + tailJson.length + 16);
    out.write(dataJson, 0, end);
    if (!empty) {
      out.write(',');
    }
    out.write(tailJson, 1, tailJson.length - 1);
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

  /**
   * Weak: the bytes change every second with the age, the meaning only with these parts. The fetch
   * time is one of them: a load that finds the same value keeps the version but moves {@code
   * fetched_at}, and a client revalidating must learn that, or it would count the age from the
   * earlier fetch and show the data as older than it is.
   */
  static String etag(String name, Snapshot<?> snapshot, Freshness state) {
    int errors = snapshot.lastError().map(LoadError::consecutiveFailures).orElse(0);
    long errorAt = snapshot.lastError().map(error -> error.at().toEpochMilli()).orElse(0L);
    long fetchedAt = snapshot.fetchedAt().map(Instant::toEpochMilli).orElse(0L);
    return "W/\""
        + Integer.toHexString(name.hashCode())
        + "-"
        + snapshot.version()
        + "-"
        + Long.toHexString(fetchedAt)
        + "-"
        + state.label()
        + "-"
        + errors
        + "-"
        + Long.toHexString(errorAt)
        + "\"";
  }

  /**
   * Immutable values are cacheable for a year; fresh ones until they turn stale (at most {@link
   * #MAX_AGE_CAP}); stale, expired and missing ones must be revalidated every time.
   */
  static String cacheControl(Snapshot<?> snapshot, Freshness state, Instant now) {
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

  byte[] write(@Nullable Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not serialize a response: " + e.getMessage(), e);
    }
  }
}
