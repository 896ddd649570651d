package io.kilowatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.testing.InMemoryLogSource;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutedLogSourceTest {

  private final InMemoryLogSource files = new InMemoryLogSource();
  private final InMemoryLogSource journal = new InMemoryLogSource();
  private final RoutedLogSource logs = new RoutedLogSource(files, journal, Set.of("unit"));

  @Test
  void journalUnits_areReadFromTheJournalAndEveryOtherNameFromTheFiles() {
    Instant at = Instant.parse("2026-11-23T12:00:00Z");
    files.write("master.log", at, List.of("from the file"));
    journal.write("unit", at, List.of("from the journal"));

    assertThat(logs.tail(LogQuery.last("master.log", 10))).containsExactly("from the file");
    assertThat(logs.follow(LogQuery.last("unit", 10)).poll()).containsExactly("from the journal");
    assertThat(logs.logs()).extracting(file -> file.name()).containsExactly("master.log");
  }
}
