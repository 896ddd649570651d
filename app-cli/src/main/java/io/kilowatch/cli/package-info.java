/**
 * The picocli {@code kilowatch} command and its wiring. Composition root; may import every
 * Kilowatch module except the HTTP app, and picocli.
 */
@NullMarked
package io.kilowatch.cli;

import org.jspecify.annotations.NullMarked;
