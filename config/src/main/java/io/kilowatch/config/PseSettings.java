package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * How Kilowatch fetches day-ahead prices from the PSE reports API: {@code GET
 * <baseUrl>/<report>?$filter=business_date eq 'YYYY-MM-DD'}.
 *
 * @param baseUrl absolute http(s) URL without a trailing slash, query or fragment, e.g. {@code
 *     https://api.raporty.pse.pl/api}
 * @param report the report name, lower case with dashes, e.g. {@code csdac-pln}
 * @param connectTimeout TCP connect timeout; positive
 * @param readTimeout timeout between bytes of the response; positive
 * @param callTimeout timeout of one whole request; positive
 * @param retries further attempts after a failed request, 0 or more
 * @param retryDelay pause before each retry; zero or more
 * @param tomorrowPollStart local time (in the settings' zone) from which tomorrow's prices are
 *     polled for
 * @param tomorrowPollInterval pause between polls until tomorrow's prices are published; positive
 */
public record PseSettings(
    URI baseUrl,
    String report,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    int retries,
    Duration retryDelay,
    LocalTime tomorrowPollStart,
    Duration tomorrowPollInterval) {

  private static final Pattern REPORT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public PseSettings {
    requireNonNull(baseUrl, "'baseUrl' must not be null");
    requireNonNull(report, "'report' must not be null");
    requireNonNull(tomorrowPollStart, "'tomorrowPollStart' must not be null");
    String scheme = baseUrl.getScheme();
    if (!("https".equals(scheme) || "http".equals(scheme))
        || baseUrl.getHost() == null
        || baseUrl.getRawQuery() != null
        || baseUrl.getRawFragment() != null
        || baseUrl.getRawPath().endsWith("/")) {
      throw new IllegalArgumentException(
          "'baseUrl' must be an http(s) URL without a trailing slash, query or fragment, but was "
              + baseUrl);
    }
    if (!REPORT.matcher(report).matches()) {
      throw new IllegalArgumentException(
          "'report' must be lower case letters and digits joined by dashes, but was '"
              + report
              + "'");
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requirePositive(callTimeout, "callTimeout");
    requirePositive(tomorrowPollInterval, "tomorrowPollInterval");
    requireNonNull(retryDelay, "'retryDelay' must not be null");
    if (retryDelay.isNegative()) {
      throw new IllegalArgumentException(
          "'retryDelay' must not be negative, but was " + retryDelay);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("'retries' must not be negative, but was " + retries);
    }
  }

  /** The report's URL, e.g. {@code https://api.raporty.pse.pl/api/csdac-pln}. */
  public URI reportUrl() {
    return URI.create(baseUrl + "/" + report);
  }

  private static void requirePositive(Duration duration, String name) {
    requireNonNull(duration, "'" + name + "' must not be null");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("'" + name + "' must be positive, but was " + duration);
    }
  }
}
