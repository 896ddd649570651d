package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTokenAndErrorsTest implements TestPropertyProvider {

  private static final String TOKEN = AccessTokenConfig.TOKEN;

  @Requires(property = "spec.name", value = "AccessTokenAndErrorsTest")
  @Controller
  static final class NumberController {
    @Get("/test/number")
    Map<String, Integer> number(@QueryValue int year) {
      if (year < 2000) {
        throw new ErrorResponses.BadRequest(
            "year", "parameter 'year' must be 2000 or later, but was " + year);
      }
      return Map.of("year", year);
    }

    @Get("/test/log/{name}")
    Map<String, String> log(String name) {
      if (!name.equals("master")) {
        throw new ErrorResponses.Failure(
            HttpStatus.NOT_FOUND, null, "Log file " + name + " not found");
      }
      return Map.of("log_file", "master_coordinator.log");
    }
  }

  @Inject EmbeddedServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Map<String, String> getProperties() {
    return AccessTokenConfig.properties("AccessTokenAndErrorsTest");
  }

  @Test
  void withoutAToken_requestsAreRefusedWith401SayingWhatToSend() throws Exception {
    HttpResponse<String> response = get("/cache");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(error(response)).contains("Authorization: Bearer");
    assertThat(response.body()).doesNotContain(TOKEN);
  }

  @Test
  void withAWrongToken_requestsAreRefused() throws Exception {
    HttpResponse<String> response = get("/cache", "Authorization", "Bearer guess");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(error(response)).isEqualTo("the access token is wrong");
  }

  @Test
  void theToken_isAcceptedAsBearerHeaderOrQueryParameter() throws Exception {
    assertThat(get("/cache", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    assertThat(get("/cache", AccessTokenFilter.TOKEN_HEADER, TOKEN).statusCode()).isEqualTo(200);
    assertThat(get("/cache?token=correct-horse-battery-staple").statusCode()).isEqualTo(200);
  }

  @Test
  void health_needsNoToken() throws Exception {
    assertThat(get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void thePageAndItsFiles_needNoToken_soThePageCanAskForIt() throws Exception {
    assertThat(get("/").statusCode()).isEqualTo(200);
    assertThat(get("/ui/js/main.js").statusCode()).isEqualTo(200);
    assertThat(get("/uplot/uPlot.iife.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/events").statusCode()).isEqualTo(401);
  }

  @Test
  void aParameterOfTheWrongType_gets400NamingIt() throws Exception {
    HttpResponse<String> response =
        get("/test/number?year=abc", "Authorization", "Bearer " + TOKEN);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("parameter").asText()).isEqualTo("year");
    assertThat(body.get("error").asText()).contains("'year'").contains("abc");
  }

  @Test
  void aMissingParameter_gets400NamingIt() throws Exception {
    HttpResponse<String> response = get("/test/number", "Authorization", "Bearer " + TOKEN);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("parameter").asText()).isEqualTo("year");
  }

  @Test
  void aValueTheControllerRefuses_gets400WithItsMessage() throws Exception {
    HttpResponse<String> response =
        get("/test/number?year=1999", "Authorization", "Bearer " + TOKEN);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(error(response)).isEqualTo("parameter 'year' must be 2000 or later, but was 1999");
  }

  @Test
  void aThingThatDoesNotExist_gets404WithTheControllersMessage() throws Exception {
    HttpResponse<String> response =
        get("/test/log/fast_charge", "Authorization", "Bearer " + TOKEN);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(error(response)).isEqualTo("Log file fast_charge not found");
  }

  @Test
  void anUnknownPath_gets404AsJson() throws Exception {
    HttpResponse<String> response = get("/no/such/thing", "Authorization", "Bearer " + TOKEN);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(error(response)).isEqualTo("no such endpoint: /no/such/thing");
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return client.send(builder.build(), BodyHandlers.ofString());
  }

  private String error(HttpResponse<String> response) throws IOException {
    return json.readTree(response.body()).get("error").asText();
  }
}
