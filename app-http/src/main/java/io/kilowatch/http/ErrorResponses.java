package io.kilowatch.http;

import io.kilowatch.runtime.api.BadParameterException;
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
 * a bad parameter (400, with {@code parameter}), an unknown path (404), a bad request of the
 * controllers' own ({@link BadRequest} or a body's {@link BadParameterException}, 400), another
 * refusal of theirs ({@link Failure}).
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
   * Thrown by controllers for an answer other than 400 (e.g. 404 for a log that does not exist, 503
   * for one that cannot be read). Thrown, not returned: a returned 404 would be replaced by the "no
   * such endpoint" handler.
   */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final HttpStatus status;
    final @Nullable String parameter;

    Failure(HttpStatus status, @Nullable String parameter, String message) {
      super(message);
      this.status = status;
      this.parameter = parameter;
    }
  }

  @Error(global = true)
  HttpResponse<Map<String, Object>> failure(HttpRequest<?> request, Failure e) {
    return HttpResponse.<Map<String, Object>>status(e.status)
        .body(body(e.getMessage(), e.parameter));
  }

  @Error(global = true)
  HttpResponse<Map<String, Object>> badRequest(HttpRequest<?> request, BadRequest e) {
    return HttpResponse.badRequest(body(e.getMessage(), e.parameter));
  }

  @Error(global = true)
  HttpResponse<Map<String, Object>> badParameter(HttpRequest<?> request, BadParameterException e) {
    return HttpResponse.badRequest(body(e.getMessage(), e.parameter()));
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
  HttpResponse<Map<String, Object>> notFound(HttpRequest<?> request) {
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
