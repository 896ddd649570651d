package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A statutory non-working day in Poland.
 *
 * @param date the day
 * @param name its Polish name, e.g. {@code Boże Ciało}
 */
public record Holiday(LocalDate date, String name) {

  public Holiday {
    requireNonNull(date, "'date' must not be null");
    requireNonNull(name, "'name' must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("'name' must not be blank");
    }
  }
}
