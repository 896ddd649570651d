package io.kilowatch.core.energy;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a decision did: charge the battery, sell from it, or wait. This class holds <b>the</b>
 * categorisation rule of the whole project: every count of charging, waiting and selling decisions
 * (files, database, summaries, metrics) goes through {@link #of(String, String)}.
 *
 * <h2>The rule</h2>
 *
 * Action and outcome are compared after trimming and lower-casing.
 *
 * <ol>
 *   <li><b>Selling</b> if the action is one of {@link #SELLING_ACTIONS} ({@code battery_selling},
 *       {@code start_selling}, {@code continue_selling}, {@code selling}, {@code sell}) — unless
 *       the selling engine's outcome says it did not sell ({@code wait} or {@code stop_selling}),
 *       which makes it <b>wait</b>; also selling if the outcome itself is one of {@link
 *       #SELLING_ACTIONS}.
 *   <li>Otherwise <b>charging</b> if the action is one of {@link #CHARGING_ACTIONS}: {@code charge}
 *       (what the coordinator writes), {@code charging}, {@code grid_charging}, and the hybrid
 *       logic's {@code start_charging}, {@code start_pv_charging}, {@code start_grid_charging},
 *       {@code start_hybrid_charging}.
 *   <li>Otherwise <b>wait</b>: {@code wait} (what the coordinator writes), {@code waiting}, {@code
 *       idle}, and any action not listed here.
 * </ol>
 *
 * <h2>Where this deliberately differs from the coordinator's own readers</h2>
 *
 * The coordinator has three different rules (daily snapshots, 7-day web metrics, the decisions
 * page); this one is their union, with these changes:
 *
 * <ul>
 *   <li>{@code start_charging} and {@code start_hybrid_charging} count as charging; the snapshot
 *       code counts them as wait (an emergency charge would look like waiting). {@code
 *       grid_charging} also counts as charging (only the web metrics knew it).
 *   <li>{@code sell} and {@code selling} count as selling everywhere (the snapshot code counted
 *       them as wait).
 *   <li>A selling-engine record whose outcome is {@code wait} or {@code stop_selling} counts as
 *       wait; the snapshot code counts every selling record as selling. (Only {@code start_selling}
 *       records reach storage today, so this matters only for other writers.)
 *   <li>Matching ignores case and surrounding spaces; the snapshot code's extra test on a file name
 *       containing {@code battery_selling} is not needed: adapters give selling files the action
 *       {@code battery_selling} when they lack one.
 * </ul>
 */
public enum DecisionCategory {
  CHARGING,
  WAIT,
  SELLING;

  /** Actions (and selling outcomes) that mean the battery was being sold from. */
  public static final Set<String> SELLING_ACTIONS =
      Set.of("battery_selling", "start_selling", "continue_selling", "selling", "sell");

  /** Actions that mean the battery was being charged. */
  public static final Set<String> CHARGING_ACTIONS =
      Set.of(
          "charge",
          "charging",
          "grid_charging",
          "start_charging",
          "start_pv_charging",
          "start_grid_charging",
          "start_hybrid_charging");

  /** Actions that mean waiting; every action not listed anywhere is treated the same way. */
  public static final Set<String> WAIT_ACTIONS = Set.of("wait", "waiting", "idle");

  /** Selling-engine outcomes that mean it did not sell. */
  public static final Set<String> NOT_SELLING_OUTCOMES = Set.of("wait", "stop_selling");

  /**
   * Categorises a decision.
   *
   * @param action the record's {@code action}
   * @param outcome the selling engine's {@code decision} field, or {@code null} when the record has
   *     none (charging decisions, database rows)
   */
  public static DecisionCategory of(String action, @Nullable String outcome) {
    requireNonNull(action, "'action' must not be null");
    String normalisedAction = normalise(action);
    String normalisedOutcome = outcome == null ? null : normalise(outcome);
    if (SELLING_ACTIONS.contains(normalisedAction)) {
      return normalisedOutcome != null && NOT_SELLING_OUTCOMES.contains(normalisedOutcome)
          ? WAIT
          : SELLING;
    }
    if (normalisedOutcome != null && SELLING_ACTIONS.contains(normalisedOutcome)) {
      return SELLING;
    }
    return CHARGING_ACTIONS.contains(normalisedAction) ? CHARGING : WAIT;
  }

  /** Whether {@code action} is one of the names listed by this rule (as opposed to unknown). */
  public static boolean isKnownAction(String action) {
    requireNonNull(action, "'action' must not be null");
    String normalised = normalise(action);
    return SELLING_ACTIONS.contains(normalised)
        || CHARGING_ACTIONS.contains(normalised)
        || WAIT_ACTIONS.contains(normalised);
  }

  private static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
