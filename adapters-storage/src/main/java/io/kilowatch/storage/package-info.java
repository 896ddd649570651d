/**
 * Jdbi adapters over SQLite: the coordinator's database (read-only) and Kilowatch's own cache
 * database. Only the {@code Jdbi...} adapter classes are public. May import core, Jdbi and
 * sqlite-jdbc.
 */
@NullMarked
package io.kilowatch.storage;

import org.jspecify.annotations.NullMarked;
