package io.kilowatch.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Test properties for a server that requires an access token (a kilowatch.yaml in a temp file). */
final class AccessTokenConfig {

  static final String TOKEN = "correct-horse-battery-staple";

  private AccessTokenConfig() {}

  /** Properties for a test server requiring {@link #TOKEN}, with {@code spec.name}. */
  static Map<String, String> properties(String specName) {
    try {
      Path config = Files.createTempFile("kilowatch-token", ".yaml");
      Files.writeString(config, "http:\n  access-token: \"" + TOKEN + "\"\n");
      config.toFile().deleteOnExit();
      return Map.of("kilowatch.config", config.toString(), "spec.name", specName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
