/**
 * Freshness of in-memory data: {@link io.kilowatch.core.freshness.FreshnessPolicy}, {@link
 * io.kilowatch.core.freshness.Freshness} and the immutable {@link
 * io.kilowatch.core.freshness.Snapshot} every view serves.
 *
 * <p>Vocabulary follows Caffeine: a value is FRESH until {@code refreshAfter}, STALE (still served,
 * refresh due) until {@code expireAfter}, EXPIRED after that (still served, flagged loudly),
 * MISSING when nothing was ever loaded. Freshness is always computed from a clock passed in by the
 * caller, never from the system clock.
 *
 * <p>May import the JDK only.
 */
@NullMarked
package io.kilowatch.core.freshness;

import org.jspecify.annotations.NullMarked;
