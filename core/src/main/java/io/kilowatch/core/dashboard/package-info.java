/**
 * The {@link io.kilowatch.core.dashboard.Dashboard} service: composes views from ports and
 * settings, warm-starts them from a snapshot store, and answers the apps' reads with snapshots that
 * carry their own freshness.
 *
 * <p>May import every core package, the JDK and Guava.
 */
@NullMarked
package io.kilowatch.core.dashboard;

import org.jspecify.annotations.NullMarked;
