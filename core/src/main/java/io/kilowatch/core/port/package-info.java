/**
 * Driven ports: what the core needs from the outside world, in domain words ({@code PriceSource},
 * {@code SnapshotStore}, ...), and their exception types. Adapters implement them; the core and its
 * fakes call them.
 *
 * <p>Every method states its units, nullness, thread-safety and failure behaviour. Each port throws
 * one port-level unchecked exception; technology exceptions never cross a port.
 *
 * <p>May import {@code energy}, {@code freshness} and the JDK.
 */
@NullMarked
package io.kilowatch.core.port;

import org.jspecify.annotations.NullMarked;
