package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.config.HttpSettings;
import io.kilowatch.config.Secret;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorsTest implements TestPropertyProvider {

  private static final String ALLOWED = "http://pi.local:3000";

  @Inject EmbeddedServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @Override
  public Map<String, String> getProperties() {
    HttpSettings http = new HttpSettings("127.0.0.1", 0, Secret.NONE, List.of(ALLOWED));
    return ServerProperties.of(http).entrySet().stream()
        .filter(entry -> !entry.getKey().equals("micronaut.server.port"))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                entry ->
                    entry.getValue() instanceof List<?> list
                        ? String.join(",", list.stream().map(String::valueOf).toList())
                        : String.valueOf(entry.getValue())));
  }

  @Test
  void aConfiguredOrigin_getsCorsHeaders() throws Exception {
    HttpResponse<String> response = get(ALLOWED);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
  }

  @Test
  void anotherOrigin_getsNoCorsHeaders() throws Exception {
    HttpResponse<String> response = get("http://evil.example");

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void noOrigins_keepCorsOff() {
    HttpSettings http = new HttpSettings("127.0.0.1", 8080, Secret.NONE, List.of());

    assertThat(ServerProperties.of(http))
        .containsOnlyKeys("micronaut.server.host", "micronaut.server.port");
  }

  private HttpResponse<String> get(String origin) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/health"))
            .header("Origin", origin)
            .build(),
        BodyHandlers.ofString());
  }
}
