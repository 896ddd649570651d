/**
 * Domain records of a home-energy installation: price days and their periods (true instants, built
 * from the market's UTC fields), prices with their units in their types ({@code PlnPerMwh} for the
 * market, {@code PlnPerKwh} for consumer prices), tariffs with rate tables valid from a date,
 * Polish public holidays, and price summaries with the cheapest window. Values validate themselves;
 * nothing here reads a clock or does I/O.
 *
 * <p>May import the JDK only (and JSpecify's nullness annotations).
 */
@NullMarked
package io.kilowatch.core.energy;

import org.jspecify.annotations.NullMarked;
