package io.kilowatch.http;

import io.kilowatch.config.HttpSettings;
import java.util.Locale;
import java.util.Optional;

/**
 * Security by default: bound to anything but loopback, the server needs an access token, unless
 * started with {@code --allow-open}.
 */
final class OpenBindGuard {

  private OpenBindGuard() {}

  /** Why the server must not start, or empty if it may. */
  static Optional<String> refusal(HttpSettings http, boolean allowOpen) {
    if (allowOpen || isLoopback(http.host()) || !http.accessToken().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "refusing to serve "
            + http.host()
            + ":"
            + http.port()
            + " without an access token: anyone on the network could read it. Set"
            + " http.access-token (or KILOWATCH_HTTP_ACCESS_TOKEN), bind 127.0.0.1, or pass"
            + " --allow-open");
  }

  static boolean isLoopback(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.equals("localhost")
        || lower.startsWith("127.")
        || lower.equals("::1")
        || lower.equals("[::1]");
  }
}
