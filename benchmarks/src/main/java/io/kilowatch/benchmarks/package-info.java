/** JMH benchmarks of Kilowatch's hot paths. May import every Kilowatch module and JMH. */
@NullMarked
package io.kilowatch.benchmarks;

import org.jspecify.annotations.NullMarked;
