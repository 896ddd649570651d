/**
 * The view engine: {@link io.kilowatch.core.view.RefreshingView} (one value refreshed in the
 * background, read with one volatile load), {@link io.kilowatch.core.view.ViewFamily} (keyed views
 * loaded on first use) and the {@link io.kilowatch.core.view.ViewScheduler} that runs every view's
 * loads on executors handed in.
 *
 * <p>Nothing here creates a thread or reads the system clock: time comes from an {@link
 * java.time.InstantSource} and work runs on executors given by the composition root.
 *
 * <p>May import {@code freshness}, the JDK and Guava.
 */
@NullMarked
package io.kilowatch.core.view;

import org.jspecify.annotations.NullMarked;
