/**
 * Test support shipped to every module as core's test-jar: a {@link
 * io.kilowatch.core.testing.MutableClock}, a {@link
 * io.kilowatch.core.testing.ManualScheduledExecutor} driven by it, scriptable loaders, fakes of
 * every port and the abstract contract test each port's implementations extend.
 *
 * <p>Consume with {@code <type>test-jar</type><scope>test</scope>}. May import core, JUnit, AssertJ
 * and Guava.
 */
@NullMarked
package io.kilowatch.core.testing;

import org.jspecify.annotations.NullMarked;
