package io.kilowatch.coordinator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.kilowatch.coordinator.DecisionFileMapper.MalformedDecision;
import io.kilowatch.core.energy.Decision;
import io.kilowatch.core.energy.DecisionKind;
import io.kilowatch.core.energy.TimeRange;
import io.kilowatch.core.port.DecisionHistory;
import io.kilowatch.core.port.DecisionHistoryException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The coordinator's decisions from its pre-database layout: one JSON object per file in {@code
 * out/energy_data/}, {@code charging_decision_YYYYMMDD_HHMMSS.json} (every 15 minutes) and {@code
 * battery_selling_decision_YYYYMMDD_HHMMSS.json}. Used where the coordinator has no database.
 *
 * <p>A range query lists the directory and opens only the files whose name stamp lies within the
 * range (give or take {@value #SLACK_MINUTES} minutes, for selling files whose stamp differs
 * slightly from their record); the record's own timestamp then decides. A malformed or half-written
 * file is skipped and its reason logged once per file. Thread-safe; nothing is cached.
 */
public final class FileDecisionHistory implements DecisionHistory {

  static final int SLACK_MINUTES = 5;

  private static final Duration SLACK = Duration.ofMinutes(SLACK_MINUTES);
  private static final int MAX_REMEMBERED_FAILURES = 10_000;
  private static final System.Logger LOG = System.getLogger(FileDecisionHistory.class.getName());

  private final Path directory;
  private final ZoneId zone;
  private final Set<String> reportedFailures = ConcurrentHashMap.newKeySet();

  /**
   * @param directory the directory holding the decision files (the coordinator's {@code
   *     out/energy_data})
   * @param zone the installation's time zone (the coordinator writes naive local times)
   */
  public FileDecisionHistory(Path directory, ZoneId zone) {
    this.directory = requireNonNull(directory, "'directory' must not be null");
    this.zone = requireNonNull(zone, "'zone' must not be null");
  }

  @Override
  public List<Decision> decisions(TimeRange range, Set<DecisionKind> kinds) {
    requireNonNull(range, "'range' must not be null");
    requireNonNull(kinds, "'kinds' must not be null");
    if (kinds.isEmpty() || range.isEmpty()) {
      return List.of();
    }
    List<Decision> decisions = new ArrayList<>();
    for (DecisionFileName file : filesStampedWithin(range, kinds)) {
      read(file).filter(decision -> range.contains(decision.at())).ifPresent(decisions::add);
    }
    decisions.sort(Comparator.comparing(Decision::at));
    return List.copyOf(decisions);
  }

  private List<DecisionFileName> filesStampedWithin(TimeRange range, Set<DecisionKind> kinds) {
    Instant from = range.from().minus(SLACK);
    Instant to = range.to().plus(SLACK);
    List<DecisionFileName> files = new ArrayList<>();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(directory, DecisionFileName.GLOB)) {
      for (Path entry : entries) {
        DecisionFileName.parse(entry, zone)
            .filter(name -> kinds.contains(name.kind()))
            .filter(name -> !name.stampedAt().isBefore(from) && name.stampedAt().isBefore(to))
            .ifPresent(files::add);
      }
    } catch (NoSuchFileException e) {
      throw new DecisionHistoryException("decision directory " + directory + " does not exist", e);
    } catch (IOException e) {
      throw new DecisionHistoryException(
          "cannot list decision directory " + directory + ": " + e.getMessage(), e);
    }
    return files;
  }

  private Optional<Decision> read(DecisionFileName file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.path());
    } catch (NoSuchFileException vanished) {
      return Optional.empty();
    } catch (IOException e) {
      skip(file, "it cannot be read: " + e.getMessage());
      return Optional.empty();
    }
    Optional<JsonNode> json = CoordinatorJson.object(bytes);
    if (json.isEmpty()) {
      skip(file, bytes.length == 0 ? "it is empty" : "it is not one complete JSON object");
      return Optional.empty();
    }
    try {
      return Optional.of(DecisionFileMapper.toDecision(file.kind(), json.get(), zone));
    } catch (MalformedDecision e) {
      skip(file, e.getMessage());
      return Optional.empty();
    }
  }

  private void skip(DecisionFileName file, String reason) {
    String name = file.path().getFileName().toString();
    if (reportedFailures.size() >= MAX_REMEMBERED_FAILURES) {
      reportedFailures.clear();
    }
    if (reportedFailures.add(name)) {
      LOG.log(Level.WARNING, "skipping decision file " + name + ": " + reason);
    }
  }
}
