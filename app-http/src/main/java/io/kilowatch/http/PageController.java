package io.kilowatch.http;

import com.google.common.hash.Hashing;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /}: the dashboard page. The page is static ({@code ui/index.html}, read once); it
 * loads its scripts and styles from {@code /ui/} and uPlot from {@code /uplot/} (static resources,
 * see application.properties) and its data from the JSON endpoints. Revalidated on every load
 * (ETag), so a new version of the page is never hidden by a cache.
 */
@Controller
final class PageController {

  static final String PAGE = "ui/index.html";

  private final byte[] page;
  private final String etag;

  PageController() {
    this.page = read(PAGE);
    this.etag = "\"" + Hashing.sha256().hashBytes(page).toString().substring(0, 16) + "\"";
  }

  @Get(uri = "/", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<byte[]> page(HttpRequest<?> request) {
    String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
    if (etag.equals(ifNoneMatch)) {
      return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, etag);
    }
    return HttpResponse.ok(page)
        .contentType(MediaType.TEXT_HTML_TYPE)
        .header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.CACHE_CONTROL, "no-cache");
  }

  private static byte[] read(String resource) {
    try (InputStream in = PageController.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the dashboard page " + resource + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the dashboard page " + resource, e);
    }
  }
}
