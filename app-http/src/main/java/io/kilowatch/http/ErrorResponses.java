package io.kilowatch.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every error is JSON {@code {"error": "...", ...}} as in the reference API, naming what was wrong:
 * a bad parameter (400, with {@code parameter}), an unknown path (404, "no such endpoint"), a bad
 * request of the controllers' own ({@link BadRequest}, 400), a thing that does not exist ({@link
 * NotFound}, 404 with the controller's message).
 */
@Controller
@Requires(classes = ConversionErrorException.class)
final class ErrorResponses {

  /** Thrown by controllers for a parameter they refuse, with a message naming it. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String parameter;

    BadRequest(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }
  }

  /**
   * Thrown by controllers for a thing that does not exist (the reference's 404s: no price data, an
   * unknown log file), with a message naming it. A returned {@code HttpResponse.notFound(body)}
   * would not do: Micronaut hands every 404 response of a controller to the global 404 handler
   * below, which would replace the body with "no such endpoint", and the page reads that as "not
   * built".
   */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }

  @Error(global = true)
  HttpResponse<Map<String, Object>> notFound(HttpRequest<?> request, NotFound e) {
    return HttpResponse.notFound(body(e.getMessage(), null));
  }

  @Error(global = true)
  HttpResponse<Map<String, Object>> badRequest(HttpRequest<?> request, BadRequest e) {
    return HttpResponse.badRequest(body(e.getMessage(), e.parameter));
  }

  @Error(global = true)
  HttpResponse<Map<String, Object>> conversion(HttpRequest<?> request, ConversionErrorException e) {
    String parameter = e.getArgument().getName();
    return HttpResponse.badRequest(
        body(
            "parameter '"
                + parameter
                + "' has a bad value: "
                + e.getConversionError().getOriginalValue().map(String::valueOf).orElse("")
                + " ("
                + e.getConversionError().getCause().getMessage()
                + ")",
            parameter));
  }

  @Error(global = true)
  HttpResponse<Map<String, Object>> unsatisfied(
      HttpRequest<?> request, UnsatisfiedRouteException e) {
    String parameter = e.getArgument().getName();
    return HttpResponse.badRequest(body("parameter '" + parameter + "' is required", parameter));
  }

  @Error(global = true, status = HttpStatus.NOT_FOUND)
  HttpResponse<Map<String, Object>> noRoute(HttpRequest<?> request) {
    return HttpResponse.notFound(body("no such endpoint: " + request.getPath(), null));
  }

  private static Map<String, Object> body(String message, @Nullable String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    return body;
  }
}
