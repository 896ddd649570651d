/**
 * Domain records of a home-energy installation: price days and periods, tariffs, holidays, inverter
 * state, decisions and summaries. Values validate themselves.
 *
 * <p>May import the JDK only.
 */
@NullMarked
package io.kilowatch.core.energy;

import org.jspecify.annotations.NullMarked;
