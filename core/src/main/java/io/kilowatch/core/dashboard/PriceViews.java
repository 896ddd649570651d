package io.kilowatch.core.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.reflect.TypeToken;
import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.port.PriceArchive;
import io.kilowatch.core.port.PriceSource;
import io.kilowatch.core.view.RefreshingView;
import io.kilowatch.core.view.ViewDefinition;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's and tomorrow's price days as two views of a {@link Dashboard}: {@value #TODAY} and
 * {@value #TOMORROW}.
 *
 * <p>A published price day never changes, so each view asks the {@link PriceArchive} first and the
 * {@link PriceSource} only for a day the archive does not hold, keeping what it fetched. Tomorrow's
 * day is polled for from {@link PriceViewSettings#tomorrowPollStart()} every {@link
 * PriceViewSettings#pollInterval()} until it appears; a day already held is re-checked without any
 * I/O. If the source fails, the archive is asked again ({@code fallback}); if it has nothing either
 * the view keeps its value and shows the error. The source is called at most {@link
 * PriceViewSettings#maxSourceCallsPerDay()} times a local day.
 *
 * <p>Both views are persistent: after a restart they serve their last day at once ({@code
 * warm-start}), and a day they still hold is re-checked without any I/O.
 *
 * <p>The views' values never turn stale ({@link FreshnessPolicy#IMMUTABLE}): instead the reads
 * below serve only a day of the date asked for, so after midnight yesterday's prices are never
 * shown as today's. Reads never block. Thread-safe.
 */
public final class PriceViews {

  /** The name of the view of today's price day. */
  public static final String TODAY = "prices-today";

  /** The name of the view of tomorrow's price day. */
  public static final String TOMORROW = "prices-tomorrow";

  private static final TypeToken<PriceDay> PRICE_DAY = TypeToken.of(PriceDay.class);

  private final InstantSource clock;
  private final ZoneId zone;
  private final RefreshingView<PriceDay> todayView;
  private final RefreshingView<PriceDay> tomorrowView;

  /**
   * Registers the two views with {@code dashboard}; they load once it starts.
   *
   * @param clock source of "now"
   * @param zone the zone of "today" and of the tomorrow poll start ({@code Europe/Warsaw})
   */
  public PriceViews(
      Dashboard dashboard,
      PriceSource source,
      PriceArchive archive,
      InstantSource clock,
      ZoneId zone,
      PriceViewSettings settings) {
    requireNonNull(dashboard, "'dashboard' must not be null");
    requireNonNull(settings, "'settings' must not be null");
    this.clock = requireNonNull(clock, "'clock' must not be null");
    this.zone = requireNonNull(zone, "'zone' must not be null");
    PriceDayLoader loader =
        new PriceDayLoader(source, archive, clock, new SourceCallBudget(zone, settings));
    this.todayView =
        dashboard.registerPersistent(
            new ViewDefinition<>(
                TODAY,
                previous -> loader.load(currentDate(), previous),
                FreshnessPolicy.IMMUTABLE,
                settings.schedule()),
            PRICE_DAY);
    this.tomorrowView =
        dashboard.registerPersistent(
            new ViewDefinition<>(
                TOMORROW,
                previous -> loader.load(currentDate().plusDays(1), previous),
                FreshnessPolicy.IMMUTABLE,
                settings.schedule()),
            PRICE_DAY);
  }

  /**
   * Today's price day (today by the clock, in the zone): the snapshot of whichever view holds it
   * (right after midnight that is still the tomorrow view). When neither does yet, a missing
   * snapshot carrying the today view's last error.
   */
  public Snapshot<PriceDay> today() {
    return snapshotOf(currentDate(), todayView, tomorrowView);
  }

  /** Tomorrow's price day; missing (with the reason as its error) until it is published. */
  public Snapshot<PriceDay> tomorrow() {
    return snapshotOf(currentDate().plusDays(1), tomorrowView, todayView);
  }

  /** The view of today's day, for reports and refreshes. */
  public RefreshingView<PriceDay> todayView() {
    return todayView;
  }

  /** The view of tomorrow's day, for reports and refreshes. */
  public RefreshingView<PriceDay> tomorrowView() {
    return tomorrowView;
  }

  private LocalDate currentDate() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  private static Snapshot<PriceDay> snapshotOf(
      LocalDate date, RefreshingView<PriceDay> own, RefreshingView<PriceDay> other) {
    Snapshot<PriceDay> snapshot = own.snapshot();
    if (holds(snapshot, date)) {
      return snapshot;
    }
    Snapshot<PriceDay> otherSnapshot = other.snapshot();
    if (holds(otherSnapshot, date)) {
      return otherSnapshot;
    }
    Snapshot<PriceDay> missing = Snapshot.missing(FreshnessPolicy.IMMUTABLE);
    return snapshot.lastError().map(missing::withError).orElse(missing);
  }

  private static boolean holds(Snapshot<PriceDay> snapshot, LocalDate date) {
    return snapshot.value().map(day -> day.businessDate().equals(date)).orElse(false);
  }
}
