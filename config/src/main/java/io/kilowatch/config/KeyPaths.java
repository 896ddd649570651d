package io.kilowatch.config;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Spelling rules for key paths: dotted segments, and the environment variable of a key. */
final class KeyPaths {

  /** Prefix of every environment variable that sets a key. */
  static final String ENV_PREFIX = "KILOWATCH_";

  private static final Pattern DOT = Pattern.compile("\\.");

  private KeyPaths() {}

  /** {@code http.port} to {@code [http, port]}. */
  static List<String> segments(String path) {
    return List.of(DOT.split(path, -1));
  }

  /** {@code pse.base-url} to {@code KILOWATCH_PSE_BASE_URL}. */
  static String environmentVariable(String path) {
    return ENV_PREFIX + path.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** {@code http.port} to {@code http}; a top-level key to the empty string. */
  static String parent(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /** {@code http.port} to {@code port}. */
  static String last(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** Whether a key path names something secret, whose value must never be shown. */
  static boolean isSecretLike(String pathOrVariable) {
    String lower = pathOrVariable.toLowerCase(Locale.ROOT);
    return lower.contains("token") || lower.contains("secret") || lower.contains("password");
  }
}
