/**
 * The Micronaut dashboard server: the composition root ({@code RuntimeFactory}), controllers that
 * parse a request, read the {@code Dashboard} and map the result, and the response records.
 * Requests never touch disk, network or database: they read snapshots.
 *
 * <p>May import every Kilowatch module except the CLI, Micronaut, Reactor and Jackson.
 */
@NullMarked
package io.kilowatch.http;

import org.jspecify.annotations.NullMarked;
