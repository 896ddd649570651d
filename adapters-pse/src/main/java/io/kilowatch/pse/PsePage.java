package io.kilowatch.pse;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.PricePeriod;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a PSE report response: its rows as periods, and the paging cursor of the next page.
 *
 * @param periods the rows, as periods, in the order received
 * @param after the raw (still URL-encoded) {@code $after} cursor of the {@code nextLink}, or {@code
 *     null} on the last page
 */
record PsePage(List<PricePeriod> periods, @Nullable String after) {

  PsePage {
    periods = List.copyOf(requireNonNull(periods, "'periods' must not be null"));
  }

  /** The cursor of the next page, or empty on the last page. */
  Optional<String> nextCursor() {
    return Optional.ofNullable(after);
  }
}
