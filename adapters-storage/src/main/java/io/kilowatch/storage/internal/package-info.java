/**
 * Writing a coordinator database, public for technical reasons only (the tests, the benchmarks and
 * the demo installation use it; Kilowatch itself never writes the coordinator's database). The
 * schema DDL is under {@code coordinator-schema/} on the classpath. {@link
 * io.kilowatch.storage.internal.CoordinatorSchema} creates a database file of schema version 1–4
 * from DDL written from the storage reference, and {@link
 * io.kilowatch.storage.internal.CoordinatorWriter} writes rows the way each coordinator era did.
 *
 * <p>May import core, the JDK's JDBC and sqlite-jdbc.
 */
@NullMarked
package io.kilowatch.storage.internal;

import org.jspecify.annotations.NullMarked;
