package io.kilowatch.pse;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.energy.PricePeriod;
import io.kilowatch.core.port.PriceSource;
import io.kilowatch.core.port.PriceSourceException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Day-ahead prices from the PSE reports API ({@code https://api.raporty.pse.pl/api}):
 *
 * <pre>GET {baseUrl}/csdac-pln?$filter=business_date eq 'YYYY-MM-DD'&amp;$first=200</pre>
 *
 * <p>One business day is asked for with a page size that fits it, so there is normally one page; if
 * a {@code nextLink} still comes (it points at an internal host), only its {@code $after} cursor is
 * taken and the next page is asked from {@code baseUrl} with the same filter. Periods are built
 * from the UTC fields ({@code dtime_utc} is a period's END). An empty {@code value} means "not
 * published yet" and returns empty.
 *
 * <p>Timeouts, I/O errors, HTTP 5xx and 429 are retried up to {@link Options#retries()} times,
 * after an exponential, jittered delay from {@link Options#retryDelay()} or the server's {@code
 * Retry-After} if longer. Other 4xx answers fail at once. Any response that is not a whole,
 * well-formed day of the date asked (a missing field, another business date, duplicate, overlapping
 * or missing periods, not JSON) fails with a {@link PriceSourceException} naming what was wrong; it
 * never becomes a partial day.
 *
 * <p>Thread-safe. Takes the process's shared {@link OkHttpClient} (built by the composition root,
 * with its interceptors, e.g. a User-Agent) and derives its own timeouts from it.
 */
public final class PsePriceSource implements PriceSource {

  private static final System.Logger LOG = System.getLogger(PsePriceSource.class.getName());
  private static final Pattern REPORT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int PAGE_SIZE = 200;
  private static final int MAX_PAGES = 10;

  /**
   * How the source talks to the PSE.
   *
   * @param report the report, lower case with dashes ({@code csdac-pln}); its price field is the
   *     same name with underscores ({@code csdac_pln}), PLN/MWh
   * @param connectTimeout TCP connect timeout; positive
   * @param readTimeout timeout between bytes of a response; positive
   * @param callTimeout timeout of one whole request; positive
   * @param retries further attempts of a request after a retryable failure, 0 or more
   * @param retryDelay delay before the first retry (doubling, jittered); zero or more
   * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one fails the call
   */
  public record Options(
      String report,
      Duration connectTimeout,
      Duration readTimeout,
      Duration callTimeout,
      int retries,
      Duration retryDelay,
      Duration maxRetryAfter) {

    public Options {
      requireNonNull(report, "'report' must not be null");
      if (!REPORT.matcher(report).matches()) {
        throw new IllegalArgumentException(
            "'report' must be lower case letters and digits joined by dashes, but was '"
                + report
                + "'");
      }
      requirePositive(connectTimeout, "connectTimeout");
      requirePositive(readTimeout, "readTimeout");
      requirePositive(callTimeout, "callTimeout");
      requireNonNull(retryDelay, "'retryDelay' must not be null");
      requireNonNull(maxRetryAfter, "'maxRetryAfter' must not be null");
      if (retries < 0) {
        throw new IllegalArgumentException("'retries' must not be negative, but was " + retries);
      }
      if (retryDelay.isNegative()) {
        throw new IllegalArgumentException(
            "'retryDelay' must not be negative, but was " + retryDelay);
      }
      if (maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException(
            "'maxRetryAfter' must not be negative, but was " + maxRetryAfter);
      }
    }

    /**
     * {@code csdac-pln}; connect 10 s, read 30 s, call 30 s; 2 retries from 2 s; Retry-After up to
     * 60 s.
     */
    public static Options defaults() {
      return new Options(
          "csdac-pln",
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofSeconds(30),
          2,
          Duration.ofSeconds(2),
          Duration.ofMinutes(1));
    }

    /** These options for another report, e.g. {@code rce-pln}. */
    public Options withReport(String otherReport) {
      return new Options(
          otherReport,
          connectTimeout,
          readTimeout,
          callTimeout,
          retries,
          retryDelay,
          maxRetryAfter);
    }

    /** These options with other timeouts. */
    public Options withTimeouts(Duration connect, Duration read, Duration call) {
      return new Options(report, connect, read, call, retries, retryDelay, maxRetryAfter);
    }

    /** These options with another number of retries. */
    public Options withRetries(int otherRetries) {
      return new Options(
          report,
          connectTimeout,
          readTimeout,
          callTimeout,
          otherRetries,
          retryDelay,
          maxRetryAfter);
    }

    /** The row field holding the price, e.g. {@code csdac_pln}. */
    String priceField() {
      return report.replace('-', '_');
    }

    private static void requirePositive(Duration duration, String name) {
      requireNonNull(duration, "'" + name + "' must not be null");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("'" + name + "' must be positive, but was " + duration);
      }
    }
  }

  private final OkHttpClient client;
  private final HttpUrl reportUrl;
  private final Options options;
  private final PsePageParser parser;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final InstantSource clock;

  /**
   * @param client the process's shared client; its timeouts are replaced by {@code options}'
   * @param baseUrl the API root, e.g. {@code https://api.raporty.pse.pl/api}
   */
  public PsePriceSource(OkHttpClient client, HttpUrl baseUrl, Options options) {
    this(
        client,
        baseUrl,
        options,
        Sleeper.THREAD,
        () -> ThreadLocalRandom.current().nextDouble(),
        InstantSource.system());
  }

  PsePriceSource(
      OkHttpClient client,
      HttpUrl baseUrl,
      Options options,
      Sleeper sleeper,
      DoubleSupplier jitter,
      InstantSource clock) {
    requireNonNull(client, "'client' must not be null");
    requireNonNull(baseUrl, "'baseUrl' must not be null");
    this.options = requireNonNull(options, "'options' must not be null");
    this.client =
        client
            .newBuilder()
            .connectTimeout(options.connectTimeout())
            .readTimeout(options.readTimeout())
            .callTimeout(options.callTimeout())
            .build();
    this.reportUrl = baseUrl.newBuilder().addPathSegment(options.report()).build();
    this.parser = new PsePageParser(options.priceField());
    this.sleeper = requireNonNull(sleeper, "'sleeper' must not be null");
    this.jitter = requireNonNull(jitter, "'jitter' must not be null");
    this.clock = requireNonNull(clock, "'clock' must not be null");
  }

  @Override
  public Optional<PriceDay> fetch(LocalDate businessDate) {
    requireNonNull(businessDate, "'businessDate' must not be null");
    String context = "PSE " + options.report() + " for " + businessDate + ": ";
    List<PricePeriod> periods = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    for (int page = 1; ; page++) {
      String body = get(url(businessDate, cursor), context);
      PsePage parsed;
      try {
        parsed = parser.parse(body, businessDate, periods.size() + 1);
      } catch (BadResponseException e) {
        throw new PriceSourceException(context + e.getMessage(), e);
      }
      periods.addAll(parsed.periods());
      cursor = parsed.nextCursor().orElse(null);
      if (parsed.periods().isEmpty() || cursor == null) {
        break;
      }
      if (!cursors.add(cursor)) {
        throw new PriceSourceException(context + "the nextLink repeats cursor " + cursor);
      }
      if (page == MAX_PAGES) {
        throw new PriceSourceException(
            context + "more than " + MAX_PAGES + " pages for one day; stopped paging");
      }
    }
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PriceDay(businessDate, PriceDay.WARSAW, periods));
    } catch (IllegalArgumentException e) {
      throw new PriceSourceException(
          context + "the " + periods.size() + " rows are not a whole day: " + e.getMessage(), e);
    }
  }

  private HttpUrl url(LocalDate businessDate, @Nullable String cursor) {
    HttpUrl.Builder url =
        reportUrl
            .newBuilder()
            .addQueryParameter("$filter", "business_date eq '" + businessDate + "'")
            .addQueryParameter("$first", String.valueOf(PAGE_SIZE));
    if (cursor != null) {
      url.addEncodedQueryParameter("$after", cursor);
    }
    return url.build();
  }

  /** The body of a 2xx answer to GET {@code url}, retrying what is worth retrying. */
  private String get(HttpUrl url, String context) {
    Request request = new Request.Builder().url(url).header("Accept", "application/json").build();
    int attempts = options.retries() + 1;
    for (int attempt = 1; ; attempt++) {
      String problem;
      Duration asked = Duration.ZERO;
      try (Response response = client.newCall(request).execute()) {
        ResponseBody body = response.body();
        if (response.isSuccessful()) {
          return body.string();
        }
        int code = response.code();
        problem = "HTTP " + code + answer(body);
        if (code != 429 && code < 500) {
          throw new PriceSourceException(context + "the PSE refused the request: " + problem);
        }
        asked =
            RetryAfter.parse(response.header("Retry-After"), clock.instant()).orElse(Duration.ZERO);
      } catch (IOException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw new PriceSourceException(context + "interrupted", e);
        }
        problem = describe(e);
      }
      if (attempt >= attempts) {
        throw new PriceSourceException(
            context
                + "failed after "
                + attempts
                + " attempt"
                + (attempts == 1 ? "" : "s")
                + ": "
                + problem);
      }
      if (asked.compareTo(options.maxRetryAfter()) > 0) {
        throw new PriceSourceException(
            context
                + problem
                + " asks to retry after "
                + asked.toSeconds()
                + " s, longer than "
                + options.maxRetryAfter().toSeconds()
                + " s");
      }
      Duration wait = max(backoff(attempt), asked);
      LOG.log(
          Level.INFO,
          context
              + problem
              + "; retrying in "
              + wait.toMillis()
              + " ms (attempt "
              + (attempt + 1)
              + " of "
              + attempts
              + ")");
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PriceSourceException(context + "interrupted while waiting to retry", e);
      }
    }
  }

  /** {@code retryDelay * 2^(attempt-1)}, scaled by a jitter factor in [0.5, 1]. */
  private Duration backoff(int attempt) {
    Duration delay = options.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
    double factor = 0.5 + Math.min(Math.max(jitter.getAsDouble(), 0), 1) / 2;
    return Duration.ofNanos((long) (delay.toNanos() * factor));
  }

  /** {@code " Service Unavailable: <start of body>"}, or empty. */
  private static String answer(ResponseBody body) {
    String text;
    try {
      text = body.string();
    } catch (IOException e) {
      text = "";
    }
    return text.isBlank() ? "" : ": " + PsePageParser.shown(text);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
