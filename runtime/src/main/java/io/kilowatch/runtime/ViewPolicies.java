package io.kilowatch.runtime;

import io.kilowatch.config.RefreshSettings;
import io.kilowatch.config.ViewSettings;
import io.kilowatch.core.dashboard.CoordinatorViewSettings;
import io.kilowatch.core.freshness.FreshnessPolicy;
import io.kilowatch.core.view.RefreshSchedule;

/** The one place where configured view settings become core schedules and freshness policies. */
final class ViewPolicies {

  private ViewPolicies() {}

  static RefreshSchedule schedule(RefreshSettings settings) {
    return RefreshSchedule.every(settings.interval());
  }

  static FreshnessPolicy policy(RefreshSettings settings) {
    return FreshnessPolicy.of(settings.refreshAfter(), settings.expireAfter());
  }

  static CoordinatorViewSettings coordinator(ViewSettings views) {
    CoordinatorViewSettings defaults = CoordinatorViewSettings.DEFAULTS;
    return new CoordinatorViewSettings(
        schedule(views.inverter()),
        policy(views.inverter()),
        schedule(views.coordinatorPid()),
        policy(views.coordinatorPid()),
        defaults.logListSchedule(),
        defaults.logListPolicy());
  }
}
