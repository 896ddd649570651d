package io.kilowatch.runtime.api;

import io.kilowatch.core.freshness.Freshness;
import io.kilowatch.core.freshness.LoadError;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.runtime.report.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code freshness} block every body carries: {@code state} (fresh, stale, expired, missing),
 * {@code age_seconds} (whole seconds), {@code fetched_at}, {@code stale_at}, {@code expires_at}
 * (null when never), {@code version}, {@code source} and {@code last_error} ({@code message},
 * {@code at}, {@code consecutive_failures}).
 */
public final class FreshnessBlock {

  private FreshnessBlock() {}

  /** The block of {@code snapshot} in {@code state} at {@code now}. A new mutable map. */
  public static Map<String, @Nullable Object> of(
      Snapshot<?> snapshot, Freshness state, Instant now, ZoneId zone) {
    Map<String, @Nullable Object> block = new LinkedHashMap<>();
    block.put("state", state.label());
    block.put("age_seconds", snapshot.ageAt(now).map(Duration::toSeconds).orElse(null));
    block.put(
        "fetched_at", snapshot.fetchedAt().map(at -> Timestamps.format(at, zone)).orElse(null));
    block.put("stale_at", snapshot.refreshableAt().map(at -> finite(at, zone)).orElse(null));
    block.put("expires_at", snapshot.expiresAt().map(at -> finite(at, zone)).orElse(null));
    block.put("version", snapshot.version());
    block.put("source", snapshot.source().map(source -> source.label()).orElse(null));
    block.put("last_error", snapshot.lastError().map(error -> error(error, zone)).orElse(null));
    return block;
  }

  /**
   * The view a response name shows, as {@code /events} names it: the name up to a variant ({@code
   * logs/master?lines=500}, {@code prices-today@33/120}).
   */
  public static String viewOf(String name) {
    int end = name.length();
    for (char separator : new char[] {'?', '@'}) {
      int at = name.indexOf(separator);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return name.substring(0, end);
  }

  private static Map<String, Object> error(LoadError error, ZoneId zone) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("message", error.message());
    block.put("at", Timestamps.format(error.at(), zone));
    block.put("consecutive_failures", error.consecutiveFailures());
    return block;
  }

  private static @Nullable String finite(Instant instant, ZoneId zone) {
    return instant.equals(Instant.MAX) ? null : Timestamps.format(instant, zone);
  }
}
