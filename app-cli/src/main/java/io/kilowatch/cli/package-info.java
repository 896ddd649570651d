/**
 * The picocli {@code kilowatch} command: each subcommand parses its options, reads the {@code
 * Dashboard} (embedded, through the runtime module) or a running server ({@code --url}), and maps
 * the result to a table, JSON or an exit code. {@link io.kilowatch.cli.Wiring} is the composition
 * root.
 *
 * <p>May import every Kilowatch module except the HTTP app, picocli, Jackson and HdrHistogram.
 */
@NullMarked
package io.kilowatch.cli;

import org.jspecify.annotations.NullMarked;
