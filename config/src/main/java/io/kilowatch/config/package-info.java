/**
 * Kilowatch's settings: typed, immutable records ({@link io.kilowatch.config.Settings} and its
 * parts), loaded by {@link io.kilowatch.config.SettingsLoader} from built-in defaults, a {@code
 * kilowatch.yaml}, the coordinator's {@code master_coordinator_config.yaml}, {@code KILOWATCH_*}
 * environment variables and explicit overrides, in that order of precedence. Problems are reported
 * all at once in one {@link io.kilowatch.config.ConfigException}; clamped values come back as
 * warnings in {@link io.kilowatch.config.LoadedSettings}.
 *
 * <p>Everything else (the YAML reader, the key registry, the environment and coordinator mappers,
 * the binder and the validator) is package-private. This package may import the JDK, JSpecify and
 * SnakeYAML and Kilowatch core (for its domain types, e.g. {@code Tariff}, {@code TariffZone},
 * {@code HourRange}); it prints nothing and logs nothing.
 */
@NullMarked
package io.kilowatch.config;

import org.jspecify.annotations.NullMarked;
