package io.kilowatch.config;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The configuration cannot be used. Carries every problem found, not just the first; {@link
 * #getMessage()} lists them all, one per line. Secret values never appear in it.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf of serializable records
  private final List<ConfigProblem> problems;

  /**
   * @param problems at least one
   */
  public ConfigException(List<ConfigProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order found; never empty. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(List<ConfigProblem> problems) {
    requireNonNull(problems, "'problems' must not be null");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("'problems' must not be empty");
    }
    StringBuilder text =
        new StringBuilder(
            problems.size() == 1
                ? "1 problem in the configuration:"
                : problems.size() + " problems in the configuration:");
    for (ConfigProblem problem : problems) {
      text.append(System.lineSeparator()).append("  - ").append(problem);
    }
    return text.toString();
  }
}
