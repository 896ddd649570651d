package io.kilowatch.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Checks that need more than one key: a view's ages against each other and its interval, an open
 * HTTP server without a token, and a port shared with the coordinator's own dashboard.
 */
final class SettingsValidator {

  private SettingsValidator() {}

  /**
   * @param coordinatorFiles the coordinator files read, as written (for the port check)
   */
  static void check(
      SettingsBinder values, List<MapNode> coordinatorFiles, Diagnostics diagnostics) {
    for (ViewKeys view :
        List.of(
            ConfigKeys.INVERTER,
            ConfigKeys.PRICE,
            ConfigKeys.METRICS,
            ConfigKeys.COORDINATOR_PID)) {
      checkView(values, view, diagnostics);
    }
    checkOpenServer(values, diagnostics);
    for (MapNode coordinator : coordinatorFiles) {
      checkDashboardPort(values, coordinator, diagnostics);
    }
  }

  private static void checkView(SettingsBinder values, ViewKeys view, Diagnostics diagnostics) {
    Duration interval = values.get(view.interval());
    Duration refreshAfter = values.get(view.refreshAfter());
    Duration expireAfter = values.get(view.expireAfter());
    if (expireAfter.compareTo(refreshAfter) < 0) {
      diagnostics.error(
          values.originOf(view.expireAfter()),
          DurationFormat.format(expireAfter),
          "must not be shorter than "
              + view.refreshAfter().path()
              + " ("
              + DurationFormat.format(refreshAfter)
              + ")");
    }
    if (refreshAfter.compareTo(interval) < 0) {
      diagnostics.warning(
          values.originOf(view.refreshAfter()),
          DurationFormat.format(refreshAfter),
          "is shorter than "
              + view.interval().path()
              + " ("
              + DurationFormat.format(interval)
              + "), so the view turns stale before every refresh");
    }
  }

  private static void checkOpenServer(SettingsBinder values, Diagnostics diagnostics) {
    String host = values.get(ConfigKeys.HTTP_HOST);
    if (!HttpSettings.isLoopback(host) && values.get(ConfigKeys.HTTP_ACCESS_TOKEN).isEmpty()) {
      diagnostics.warning(
          values.originOf(ConfigKeys.HTTP_HOST),
          host,
          "the dashboard is reachable from other machines without an access token; set "
              + ConfigKeys.HTTP_ACCESS_TOKEN.path()
              + " or bind 127.0.0.1");
    }
  }

  private static void checkDashboardPort(
      SettingsBinder values, MapNode coordinator, Diagnostics diagnostics) {
    Optional<Boolean> enabled =
        CoordinatorConfigMapper.set(coordinator, "web_server.enabled")
            .flatMap(CoordinatorConfigMapper::bool);
    int port = values.get(ConfigKeys.HTTP_PORT);
    int dashboardPort =
        CoordinatorConfigMapper.set(coordinator, "web_server.port")
            .filter(ScalarNode.class::isInstance)
            .map(node -> ((ScalarNode) node).text().strip())
            .filter(text -> text.matches("\\d{1,5}"))
            .map(Integer::parseInt)
            .orElse(8080);
    if (enabled.orElse(true) && port == dashboardPort && port != 0) {
      diagnostics.warning(
          values.originOf(ConfigKeys.HTTP_PORT),
          Integer.toString(port),
          "the coordinator's own dashboard (web_server.enabled) uses this port too; if both run"
              + " on this machine, set web_server.enabled: false or another "
              + ConfigKeys.HTTP_PORT.path());
    }
  }
}
