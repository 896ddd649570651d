package io.kilowatch.coordinator;

import io.kilowatch.core.energy.DecisionKind;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision file's name: {@code charging_decision_YYYYMMDD_HHMMSS.json} or {@code
 * battery_selling_decision_YYYYMMDD_HHMMSS.json}, stamped with the local time of the decision (to
 * the second; a selling file's stamp is taken separately from its record, so it may differ by a
 * moment). The stamp lets a range query skip files without opening them.
 *
 * @param path the file
 * @param kind which engine wrote it
 * @param stampedAt the name's time stamp in the installation's zone
 */
record DecisionFileName(Path path, DecisionKind kind, Instant stampedAt) {

  private static final Pattern NAME =
      Pattern.compile("(charging|battery_selling)_decision_(\\d{8}_\\d{6})\\.json");

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss");

  /** The glob matching both kinds (and possibly other names, which {@link #parse} rejects). */
  static final String GLOB = "*_decision_*.json";

  /** {@code path}'s name as a decision file, or empty if it is not one. */
  static Optional<DecisionFileName> parse(Path path, ZoneId zone) {
    Matcher matcher = NAME.matcher(path.getFileName().toString());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    DecisionKind kind =
        matcher.group(1).equals("charging") ? DecisionKind.CHARGING : DecisionKind.SELLING;
    try {
      Instant stamp = LocalDateTime.parse(matcher.group(2), STAMP).atZone(zone).toInstant();
      return Optional.of(new DecisionFileName(path, kind, stamp));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
