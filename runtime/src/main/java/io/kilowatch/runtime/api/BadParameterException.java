package io.kilowatch.runtime.api;

import static java.util.Objects.requireNonNull;

/**
 * A request parameter that is not valid, naming it: the HTTP API answers 400 with it, the command
 * line exits 64 naming its option.
 */
public final class BadParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String problem;

  /**
   * @param parameter the parameter's name as the HTTP API spells it, e.g. {@code window}
   * @param problem what is wrong, to follow the name: {@code must be ..., but was '3x'}
   */
  public BadParameterException(String parameter, String problem) {
    super("parameter '" + parameter + "' " + problem);
    this.parameter = requireNonNull(parameter, "'parameter' must not be null");
    this.problem = requireNonNull(problem, "'problem' must not be null");
  }

  /** The parameter's name as the HTTP API spells it. */
  public String parameter() {
    return parameter;
  }

  /** What is wrong with it, without its name. */
  public String problem() {
    return problem;
  }
}
