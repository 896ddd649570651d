package io.kilowatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kilowatch.runtime.report.CacheState;
import io.kilowatch.runtime.report.RefreshResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A Kilowatch server at {@code --url}: {@code GET /cache}, {@code POST /refresh}. */
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
    return call(request("cache").GET(), CacheState.class);
  }

  @Override
  public RefreshResult refresh() {
    return call(request("refresh").POST(HttpRequest.BodyPublishers.noBody()), RefreshResult.class);
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

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json");
    if (token != null && !token.isEmpty()) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private <T> T call(HttpRequest.Builder request, Class<T> type) {
    HttpRequest built = request.build();
    HttpResponse<byte[]> response;
    try {
      response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
    } catch (ConnectException e) {
      throw new CliException(
          ExitCodes.UNAVAILABLE, "cannot reach " + base + ": connection refused", e);
    } catch (HttpTimeoutException e) {
      throw new CliException(
          ExitCodes.UNAVAILABLE, "no answer from " + built.uri() + " in time", e);
    } catch (IOException e) {
      throw new CliException(ExitCodes.UNAVAILABLE, "cannot reach " + base + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitCodes.UNAVAILABLE, "interrupted while asking " + base, e);
    }
    if (response.statusCode() == 401) {
      throw new CliException(
          ExitCodes.UNAVAILABLE,
          built.uri() + " needs an access token: pass --token or set KILOWATCH_HTTP_ACCESS_TOKEN");
    }
    if (response.statusCode() != 200) {
      throw new CliException(
          ExitCodes.UNAVAILABLE, built.uri() + " answered HTTP " + response.statusCode());
    }
    try {
      return json.readValue(response.body(), type);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.UNAVAILABLE,
          built.uri() + " answered something that is not a Kilowatch report: " + e.getMessage(),
          e);
    }
  }

  private static URI withTrailingSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? uri : URI.create(text + "/");
  }
}
