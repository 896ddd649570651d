package io.kilowatch.cli;

import org.jspecify.annotations.Nullable;

/**
 * What {@code kilowatch cache clear} did ({@code --json}: {@code database}, {@code
 * snapshots_deleted}).
 *
 * @param database the file the snapshots were kept in; {@code null} when none are kept
 * @param snapshotsDeleted how many snapshots were deleted
 */
record ClearedSnapshots(@Nullable String database, int snapshotsDeleted) {}
