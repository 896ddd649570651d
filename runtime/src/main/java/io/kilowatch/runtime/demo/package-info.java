/**
 * The demo: a generated coordinator installation in its current layout (its SQLite database with
 * weeks of decisions, energy readings and state rows, log files) plus today's and tomorrow's price
 * days, and a small writer keeping it live. Both apps use it ({@code kilowatch-server --demo},
 * {@code kilowatch demo-data DIR}). Deterministic for a seed and a start instant.
 *
 * <p>May import core, config and the adapters.
 */
@NullMarked
package io.kilowatch.runtime.demo;

import org.jspecify.annotations.NullMarked;
