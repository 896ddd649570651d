/**
 * The bodies of Kilowatch's HTTP API, built from views' snapshots: the data in the reference's
 * field names plus the {@code freshness} block. The HTTP app serves them (serialized once per
 * snapshot) and the command line prints the same ones for {@code --json}, so a field is named and
 * computed in one place whether Kilowatch runs embedded or behind {@code --url}. Maps and records,
 * serialized with snake_case names.
 *
 * <p>May import core and the runtime's report records.
 */
@NullMarked
package io.kilowatch.runtime.api;

import org.jspecify.annotations.NullMarked;
