package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The HTTP server of {@code app-http}.
 *
 * @param host address to bind; {@code 127.0.0.1} keeps the dashboard on this machine
 * @param port TCP port, 0 to 65535 (0 picks a free port)
 * @param accessToken token a client must send, or {@link Secret#NONE} for no check; never printed
 * @param corsOrigins origins allowed to call the API from a browser ({@code *} for any); empty for
 *     same-origin only
 */
public record HttpSettings(String host, int port, Secret accessToken, List<String> corsOrigins) {

  public HttpSettings {
    requireNonNull(host, "'host' must not be null");
    requireNonNull(accessToken, "'accessToken' must not be null");
    requireNonNull(corsOrigins, "'corsOrigins' must not be null");
    if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "'host' must be a host name or address, but was '" + host + "'");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("'port' must be 0 to 65535, but was " + port);
    }
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** Whether the server is reachable from this machine only. */
  public boolean isLoopbackOnly() {
    return isLoopback(host);
  }

  static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
  }
}
