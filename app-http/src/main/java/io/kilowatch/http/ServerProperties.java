package io.kilowatch.http;

import io.kilowatch.config.HttpSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kilowatch's {@code http.*} settings as Micronaut properties: the bind address and port, and CORS
 * for the configured origins ({@code *} for any; none keeps CORS off, so only same-origin pages can
 * call the API). The one place where HTTP settings become framework configuration.
 */
final class ServerProperties {

  private ServerProperties() {}

  static Map<String, Object> of(HttpSettings http) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("micronaut.server.host", http.host());
    properties.put("micronaut.server.port", http.port());
    List<String> origins = http.corsOrigins();
    if (!origins.isEmpty()) {
      properties.put("micronaut.server.cors.enabled", true);
      String prefix = "micronaut.server.cors.configurations.kilowatch.";
      if (origins.contains("*")) {
        properties.put(prefix + "allowed-origins-regex", ".*");
      } else {
        properties.put(prefix + "allowed-origins", origins);
      }
      properties.put(prefix + "allowed-methods", List.of("GET", "POST", "HEAD", "OPTIONS"));
      properties.put(prefix + "allow-credentials", false);
    }
    return properties;
  }
}
