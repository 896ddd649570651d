package io.kilowatch.core.freshness;

/** Where the value of a snapshot came from. */
public enum SnapshotSource {
  /** Loaded from its live source (the coordinator's files or database, the PSE API). */
  LIVE("live"),
  /** Read from Kilowatch's own archive of immutable data (a published price day). */
  ARCHIVE("archive"),
  /** Restored at start-up from the snapshot store, before the first live load. */
  WARM_START("warm-start"),
  /** The live source failed and a fallback (e.g. the archive) stood in for it. */
  FALLBACK("fallback");

  private final String label;

  SnapshotSource(String label) {
    this.label = label;
  }

  /** The name used on the wire: {@code live}, {@code archive}, {@code warm-start}, ... */
  public String label() {
    return label;
  }
}
