package io.kilowatch.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every error and warning of one load, so all are reported together. Masks the values of
 * secret-like keys.
 */
final class Diagnostics {

  private static final String MASK = "****";

  private final List<ConfigProblem> errors = new ArrayList<>();
  private final List<ConfigProblem> warnings = new ArrayList<>();

  /** An error about {@code node}, shown with its value. */
  void error(ConfigNode node, String message) {
    errors.add(problem(node.origin(), node.shown(), message));
  }

  /** An error at {@code origin} with an explicit value. */
  void error(Origin origin, String value, String message) {
    errors.add(problem(origin, value, message));
  }

  /** A warning about {@code node}, shown with its value. */
  void warning(ConfigNode node, String message) {
    warnings.add(problem(node.origin(), node.shown(), message));
  }

  /** A warning at {@code origin} with an explicit value. */
  void warning(Origin origin, String value, String message) {
    warnings.add(problem(origin, value, message));
  }

  int errorCount() {
    return errors.size();
  }

  List<ConfigProblem> errors() {
    return List.copyOf(errors);
  }

  List<ConfigProblem> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * @throws ConfigException listing every error, if there is any
   */
  void throwIfErrors() {
    if (!errors.isEmpty()) {
      throw new ConfigException(errors);
    }
  }

  private static ConfigProblem problem(Origin origin, String value, String message) {
    String shown = KeyPaths.isSecretLike(origin.path()) && !value.isEmpty() ? MASK : value;
    return new ConfigProblem(origin.location(), origin.path(), shown, message);
  }
}
