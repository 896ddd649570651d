/**
 * What both apps need to run Kilowatch: turning {@link io.kilowatch.config.Settings} into
 * executors, adapters and a started {@link io.kilowatch.core.dashboard.Dashboard}. The HTTP app and
 * the CLI each call it from their composition root, so the wiring exists once.
 *
 * <p>May import every Kilowatch module except the apps, and the libraries the adapters bring.
 */
@NullMarked
package io.kilowatch.runtime;

import org.jspecify.annotations.NullMarked;
