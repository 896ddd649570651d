package io.kilowatch.http;

import io.kilowatch.config.LoadedSettings;
import io.kilowatch.config.Secret;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * When {@code http.access-token} is set, every request but {@code /health} and the dashboard page's
 * own files ({@code /}, {@code /ui/**}, {@code /uplot/**}: static code, no data; the page must load
 * to ask for the token) must carry it: as {@code Authorization: Bearer <token>}, as {@code
 * X-Kilowatch-Token}, or (for browsers' EventSource and downloads, which cannot set headers) as the
 * {@code token} query parameter. Compared in constant time; never logged.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AccessTokenFilter {

  static final String TOKEN_HEADER = "X-Kilowatch-Token";

  private final byte @Nullable [] expected;

  AccessTokenFilter(LoadedSettings settings) {
    Secret token = settings.settings().http().accessToken();
    this.expected = token.isEmpty() ? null : token.reveal().getBytes(StandardCharsets.UTF_8);
  }

  @RequestFilter
  @Nullable MutableHttpResponse<?> requireToken(HttpRequest<?> request) {
    if (expected == null || isPublic(request.getPath())) {
      return null;
    }
    String presented = presented(request);
    if (presented != null
        && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
      return null;
    }
    return HttpResponse.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .body(
            Map.of(
                "error",
                presented == null
                    ? "this server needs an access token: send Authorization: Bearer <token>"
                    : "the access token is wrong"));
  }

  /** Paths served without a token: the health check and the page's static files. */
  static boolean isPublic(String path) {
    return path.equals("/health")
        || path.equals("/")
        || path.startsWith("/ui/")
        || path.startsWith("/uplot/");
  }

  private static @Nullable String presented(HttpRequest<?> request) {
    String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).trim();
    }
    String header = request.getHeaders().get(TOKEN_HEADER);
    if (header != null) {
      return header.trim();
    }
    return request.getParameters().get("token");
  }
}
