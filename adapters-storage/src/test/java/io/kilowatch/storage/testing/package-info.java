/**
 * Test support for the coordinator's database, shipped in this module's test-jar (with the schema
 * DDL under {@code coordinator-schema/}) to the benchmarks: {@link
 * io.kilowatch.storage.testing.CoordinatorSchema} creates a database file of schema version 1–4
 * from DDL written from the storage reference, and {@link
 * io.kilowatch.storage.testing.CoordinatorWriter} writes rows the way each coordinator era did.
 *
 * <p>May import core, core's test-jar, the JDK's JDBC and sqlite-jdbc.
 */
@NullMarked
package io.kilowatch.storage.testing;

import org.jspecify.annotations.NullMarked;
