package io.kilowatch.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps the coordinator's {@code master_coordinator_config.yaml} onto Kilowatch keys. Only its
 * {@code web_server}, {@code electricity_tariff}, {@code price_analysis} and {@code data_storage}
 * sections are read (table in {@code config/README.md}); everything else, and every key in those
 * sections not listed there, is ignored silently, since the coordinator's file holds many keys that
 * even the coordinator never reads. Mapped values keep their place in the coordinator's file, so
 * problems point there.
 */
final class CoordinatorConfigMapper {

  private static final Pattern SECONDS = Pattern.compile("\\d+(\\.\\d+)?");

  private CoordinatorConfigMapper() {}

  static MapNode map(MapNode coordinator, Path file, Diagnostics diagnostics) {
    Map<String, ConfigNode> values = new LinkedHashMap<>();
    values.put(
        ConfigKeys.COORDINATOR_ROOT.path(),
        ScalarNode.of(
            projectRoot(file).toString(),
            Origin.wholeFile(file.toString()).withPath("(the folder holding config/)")));
    webServer(coordinator, values, diagnostics);
    electricityTariff(coordinator, values, diagnostics);
    priceAnalysis(coordinator, values, diagnostics);
    copy(
        coordinator,
        "data_storage.database_storage.sqlite.path",
        ConfigKeys.COORDINATOR_DATABASE,
        values);
    return FlatTree.of(values, Origin.wholeFile(file.toString()));
  }

  /**
   * The coordinator's project root: the parent of the {@code config/} folder holding its YAML, or
   * the YAML's own folder if that is not called {@code config}.
   */
  static Path projectRoot(Path file) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    if (folder == null) {
      return Path.of(".");
    }
    Path name = folder.getFileName();
    Path above = folder.getParent();
    return name != null && name.toString().equals("config") && above != null ? above : folder;
  }

  private static void webServer(
      MapNode coordinator, Map<String, ConfigNode> values, Diagnostics diagnostics) {
    copy(coordinator, "web_server.host", ConfigKeys.HTTP_HOST, values);
    copy(coordinator, "web_server.port", ConfigKeys.HTTP_PORT, values);
    seconds(
        coordinator,
        "web_server.background_refresh_interval_seconds",
        ConfigKeys.INVERTER.interval(),
        values,
        diagnostics);
    seconds(
        coordinator,
        "web_server.price_refresh_interval_seconds",
        ConfigKeys.PRICE.interval(),
        values,
        diagnostics);
    seconds(
        coordinator,
        "web_server.metrics_refresh_interval_seconds",
        ConfigKeys.METRICS.interval(),
        values,
        diagnostics);
    seconds(
        coordinator,
        "web_server.coordinator_pid_check_interval_seconds",
        ConfigKeys.COORDINATOR_PID.interval(),
        values,
        diagnostics);
    set(coordinator, "web_server.cors_enabled")
        .ifPresent(
            node -> {
              Optional<Boolean> enabled = bool(node);
              if (enabled.isEmpty()) {
                diagnostics.error(
                    node,
                    "is not true or false (sets " + ConfigKeys.HTTP_CORS_ORIGINS.path() + ")");
              } else {
                values.put(
                    ConfigKeys.HTTP_CORS_ORIGINS.path(),
                    enabled.get()
                        ? ScalarNode.of("*", node.origin())
                        : new ListNode(List.of(), node.origin()));
              }
            });
  }

  private static void electricityTariff(
      MapNode coordinator, Map<String, ConfigNode> values, Diagnostics diagnostics) {
    copy(coordinator, "electricity_tariff.tariff_type", ConfigKeys.TARIFF_TYPE, values);
    copy(
        coordinator,
        "electricity_tariff.sc_component_pln_kwh",
        ConfigKeys.TARIFF_SC_COMPONENT,
        values);
    set(coordinator, "electricity_tariff.distribution_pricing")
        .ifPresent(
            node -> {
              if (node instanceof MapNode blocks) {
                MapNode tables = CoordinatorTariffMapper.rateTables(blocks, diagnostics);
                if (!tables.entries().isEmpty()) {
                  values.put(ConfigKeys.TARIFF_RATE_TABLES.path(), tables);
                }
              } else {
                diagnostics.error(node, "expected a mapping of tariffs to distribution prices");
              }
            });
  }

  private static void priceAnalysis(
      MapNode coordinator, Map<String, ConfigNode> values, Diagnostics diagnostics) {
    seconds(
        coordinator,
        "price_analysis.api_timeout_seconds",
        ConfigKeys.PSE_CALL_TIMEOUT,
        values,
        diagnostics);
    set(coordinator, "price_analysis.api_url")
        .ifPresent(
            node -> {
              Optional<URI> url = reportUrl(node);
              if (url.isEmpty()) {
                diagnostics.error(
                    node,
                    "is not a PSE report URL such as https://api.raporty.pse.pl/api/csdac-pln (sets "
                        + ConfigKeys.PSE_BASE_URL.path()
                        + " and "
                        + ConfigKeys.PSE_REPORT.path()
                        + ")");
                return;
              }
              String path = url.get().getRawPath();
              int slash = path.lastIndexOf('/');
              String base =
                  url.get().getScheme()
                      + "://"
                      + url.get().getRawAuthority()
                      + path.substring(0, slash);
              values.put(ConfigKeys.PSE_BASE_URL.path(), ScalarNode.of(base, node.origin()));
              values.put(
                  ConfigKeys.PSE_REPORT.path(),
                  ScalarNode.of(path.substring(slash + 1), node.origin()));
            });
  }

  private static Optional<URI> reportUrl(ConfigNode node) {
    if (!(node instanceof ScalarNode scalar)) {
      return Optional.empty();
    }
    try {
      URI url = new URI(scalar.text().strip());
      String path = url.getRawPath();
      if (url.getScheme() == null
          || url.getRawAuthority() == null
          || path == null
          || path.lastIndexOf('/') < 0
          || path.endsWith("/")) {
        return Optional.empty();
      }
      return Optional.of(url);
    } catch (URISyntaxException invalid) {
      return Optional.empty();
    }
  }

  private static void copy(
      MapNode coordinator, String path, Key<?> key, Map<String, ConfigNode> values) {
    set(coordinator, path).ifPresent(node -> values.put(key.path(), node));
  }

  private static void seconds(
      MapNode coordinator,
      String path,
      Key<?> key,
      Map<String, ConfigNode> values,
      Diagnostics diagnostics) {
    set(coordinator, path)
        .ifPresent(
            node -> {
              String text = node instanceof ScalarNode scalar ? scalar.text().strip() : "";
              if (!SECONDS.matcher(text).matches()) {
                diagnostics.error(
                    node,
                    (text.startsWith("-") ? "must not be negative" : "is not a number of seconds")
                        + " (sets "
                        + key.path()
                        + ")");
                return;
              }
              long millis = Math.round(Double.parseDouble(text) * 1000);
              values.put(
                  key.path(),
                  ScalarNode.of(
                      millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms", node.origin()));
            });
  }

  static Optional<ConfigNode> set(MapNode root, String path) {
    return root.find(path).filter(ValueNodes::isSet);
  }

  static Optional<Boolean> bool(ConfigNode node) {
    if (!(node instanceof ScalarNode scalar)) {
      return Optional.empty();
    }
    return switch (scalar.text().strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> Optional.of(true);
      case "false", "no", "off" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
