/**
 * Typed settings records, YAML and environment loading, and validation. May import core and
 * SnakeYAML only.
 */
@NullMarked
package io.kilowatch.config;

import org.jspecify.annotations.NullMarked;
