/**
 * The Micronaut dashboard server: wiring, controllers and response mapping. Composition root; may
 * import every Kilowatch module except the CLI, and Micronaut.
 */
@NullMarked
package io.kilowatch.http;

import org.jspecify.annotations.NullMarked;
