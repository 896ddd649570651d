/**
 * The cache report and refresh report as wire records: what {@code GET /cache} and {@code POST
 * /refresh} answer and what {@code kilowatch status --json} prints, so the HTTP app and the CLI
 * speak the same field names (snake_case on the wire). Times are ISO-8601 strings with the local
 * offset, durations seconds.
 *
 * <p>May import core.
 */
@NullMarked
package io.kilowatch.runtime.report;

import org.jspecify.annotations.NullMarked;
