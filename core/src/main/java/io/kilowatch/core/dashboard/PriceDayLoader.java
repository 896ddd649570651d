package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.freshness.SnapshotSource;
import io.kilowatch.core.port.PriceArchive;
import io.kilowatch.core.port.PriceArchiveException;
import io.kilowatch.core.port.PriceSource;
import io.kilowatch.core.port.PriceSourceException;
import io.kilowatch.core.view.Loaded;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Loads the price day of a date for a view: the day the view holds already (no I/O), else the
 * archive's copy, else the source's (kept in the archive at once), within the {@link
 * SourceCallBudget}. When the source fails or has nothing yet, the archive is asked once more (a
 * copy kept meanwhile, e.g. by another instance sharing it, is served as a fallback); otherwise the
 * load fails and the view keeps its previous value.
 */
final class PriceDayLoader {

  private static final System.Logger LOG = System.getLogger(PriceDayLoader.class.getName());

  private final PriceSource source;
  private final PriceArchive archive;
  private final InstantSource clock;
  private final SourceCallBudget budget;

  PriceDayLoader(
      PriceSource source, PriceArchive archive, InstantSource clock, SourceCallBudget budget) {
    this.source = requireNonNull(source, "'source' must not be null");
    this.archive = requireNonNull(archive, "'archive' must not be null");
    this.clock = requireNonNull(clock, "'clock' must not be null");
    this.budget = requireNonNull(budget, "'budget' must not be null");
  }

  /**
   * The price day of {@code date}.
   *
   * @param previous the view's snapshot; reused unchanged if it holds {@code date}
   * @throws PricesUnavailableException if neither the archive nor the source has the day now
   */
  Loaded<PriceDay> load(LocalDate date, Snapshot<PriceDay> previous)
      throws PricesUnavailableException {
    Optional<Loaded<PriceDay>> held = heldIn(previous, date);
    if (held.isPresent()) {
      return held.get();
    }
    String archiveProblem = null;
    try {
      Optional<PriceDay> kept = archive.find(date);
      if (kept.isPresent()) {
        return Loaded.from(SnapshotSource.ARCHIVE, kept.get());
      }
    } catch (PriceArchiveException e) {
      archiveProblem = e.getMessage();
      LOG.log(Level.WARNING, "price archive unreadable for " + date + ": " + archiveProblem);
    }
    Optional<String> refusal = budget.tryCall(date, clock.instant());
    if (refusal.isPresent()) {
      throw unavailable(date, "not asking the source: " + refusal.get(), archiveProblem);
    }
    String reason;
    try {
      Optional<PriceDay> fetched = source.fetch(date);
      if (fetched.isPresent()) {
        PriceDay day = fetched.get();
        if (day.businessDate().equals(date)) {
          keep(day);
          return Loaded.live(day);
        }
        reason = "the source answered with the prices of " + day.businessDate();
      } else {
        reason = "the source has not published them yet";
      }
    } catch (PriceSourceException e) {
      reason = "the source failed: " + e.getMessage();
    }
    return fallback(date, reason, archiveProblem);
  }

  private Loaded<PriceDay> fallback(LocalDate date, String reason, @Nullable String archiveProblem)
      throws PricesUnavailableException {
    try {
      Optional<PriceDay> kept = archive.find(date);
      if (kept.isPresent()) {
        LOG.log(Level.INFO, "prices for " + date + " served from the archive: " + reason);
        return Loaded.from(SnapshotSource.FALLBACK, kept.get());
      }
    } catch (PriceArchiveException e) {
      archiveProblem = e.getMessage();
    }
    throw unavailable(date, reason, archiveProblem);
  }

  private void keep(PriceDay day) {
    try {
      archive.keep(day);
    } catch (PriceArchiveException e) {
      LOG.log(
          Level.WARNING,
          "could not keep the prices of "
              + day.businessDate()
              + " in the archive (served anyway): "
              + e.getMessage());
    }
  }

  private static Optional<Loaded<PriceDay>> heldIn(Snapshot<PriceDay> previous, LocalDate date) {
    Optional<PriceDay> value = previous.value();
    Optional<SnapshotSource> source = previous.source();
    Optional<Instant> fetchedAt = previous.fetchedAt();
    if (value.isEmpty()
        || source.isEmpty()
        || fetchedAt.isEmpty()
        || !value.get().businessDate().equals(date)) {
      return Optional.empty();
    }
    return Optional.of(new Loaded<>(value.get(), source.get(), fetchedAt.get()));
  }

  private static PricesUnavailableException unavailable(
      LocalDate date, String reason, @Nullable String archiveProblem) {
    String archive =
        archiveProblem == null
            ? "the archive does not hold them"
            : "the archive could not be read: " + archiveProblem;
    return new PricesUnavailableException(
        "no prices for " + date + " yet: " + reason + "; " + archive);
  }
}
