package io.kilowatch.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.core.port.LogSourceException.Reason;
import io.kilowatch.core.testing.LogSourceContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal source against a stand-in {@code journalctl}: a shell script answering the arguments
 * the source uses ({@code -u}, {@code -n}, {@code --show-cursor}, {@code --after-cursor=}, {@code
 * --follow}) from one file per unit, the cursor being a line count. The real journal cannot be
 * filled by a test; the command line and the process handling are real.
 */
class JournalLogSourceTest extends LogSourceContract {

  private static final String FAKE_JOURNALCTL =
      """
      #!/bin/sh
      dir='%s'
      unit=''; n=''; follow=0; cursor=''; show=0
      while [ $# -gt 0 ]; do
        case "$1" in
          -u) unit="$2"; shift ;;
          -n) n="$2"; shift ;;
          --follow) follow=1 ;;
          --show-cursor) show=1 ;;
          --after-cursor=*) cursor="${1#--after-cursor=}" ;;
        esac
        shift
      done
      file="$dir/$unit.journal"
      [ -f "$file" ] || : > "$file"
      if [ "$follow" = 1 ]; then
        if [ -n "$cursor" ]; then exec tail -n "+$((cursor + 1))" -f "$file"; fi
        exec tail -n "$n" -f "$file"
      fi
      total=$(wc -l < "$file")
      tail -n "$n" "$file"
      if [ "$show" = 1 ] && [ "$total" -gt 0 ]; then echo "-- cursor: $total"; fi
      """;

  @TempDir Path root;

  @Override
  protected LogSource createSource() throws IOException {
    return source(script("journalctl", FAKE_JOURNALCTL.formatted(journal())));
  }

  @Override
  protected void writeLog(String name, List<String> lines) throws IOException {
    Files.writeString(journal().resolve(name + ".journal"), text(lines));
  }

  @Override
  protected void appendLog(String name, List<String> lines) throws IOException {
    Files.writeString(journal().resolve(name + ".journal"), text(lines), StandardOpenOption.APPEND);
  }

  @Override
  protected boolean listsLogs() {
    return false;
  }

  @Test
  void tail_withoutJournalctlOnThisMachine_saysSoClearly() {
    LogSource source =
        new JournalLogSource(
            "kilowatch-no-such-journalctl", List.of(MASTER), false, Duration.ofSeconds(5));

    assertThatThrownBy(() -> source.tail(LogQuery.last(MASTER, 10)))
        .isInstanceOfSatisfying(
            LogSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
        .hasMessageContaining("kilowatch-no-such-journalctl was not found on the PATH")
        .hasMessageContaining("no systemd journal");
  }

  @Test
  void tail_withAMissingJournalctlPath_saysSoClearly() {
    LogSource source = source(root.resolve("nowhere/journalctl"));

    assertThatThrownBy(() -> source.tail(LogQuery.last(MASTER, 10)))
        .isInstanceOfSatisfying(
            LogSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
        .hasMessageContaining("journalctl was not found");
  }

  @Test
  void tail_whenTheMachineHasNoJournalFiles_saysSo() throws IOException {
    LogSource source =
        source(script("nojournal", "#!/bin/sh\necho 'No journal files were found.' >&2\nexit 1\n"));

    assertThatThrownBy(() -> source.tail(LogQuery.last(MASTER, 10)))
        .isInstanceOfSatisfying(
            LogSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
        .hasMessageContaining("no journal files");
  }

  @Test
  void tail_whenJournalctlFailsSilently_saysTheJournalSeemsUnreadable() throws IOException {
    LogSource source = source(script("silent", "#!/bin/sh\nexit 1\n"));

    assertThatThrownBy(() -> source.tail(LogQuery.last(MASTER, 10)))
        .isInstanceOfSatisfying(
            LogSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
        .hasMessageContaining("no systemd journal Kilowatch may read");
  }

  @Test
  void tail_whenJournalctlFails_passesOnItsMessage() throws IOException {
    LogSource source =
        source(
            script(
                "broken", "#!/bin/sh\necho 'Failed to add match: Invalid argument' >&2\nexit 1\n"));

    assertThatThrownBy(() -> source.tail(LogQuery.last(MASTER, 10)))
        .isInstanceOfSatisfying(
            LogSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FAILED))
        .hasMessageContaining("exit code 1")
        .hasMessageContaining("Failed to add match");
  }

  @Test
  void tail_whenJournalctlHangs_givesUpAfterTheTimeout() throws IOException {
    LogSource source =
        new JournalLogSource(
            script("hanging", "#!/bin/sh\nexec sleep 30\n").toString(),
            List.of(MASTER),
            false,
            Duration.ofMillis(300));

    assertThatThrownBy(() -> source.tail(LogQuery.last(MASTER, 10)))
        .isInstanceOf(LogSourceException.class)
        .hasMessageContaining("did not answer");
  }

  @Test
  void follow_whenJournalctlEnds_failsAfterItsLastLines() throws IOException {
    LogSource source =
        source(
            script(
                "ending",
                "#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = --follow ] && { echo 'last words'; exit 3; }; done\nexit 0\n"));

    try (LogFollower follower = source.follow(LogQuery.last(MASTER, 10))) {
      assertThat(follower.poll()).isEmpty();
      assertThat(pollFor(follower, 1)).containsExactly("last words");
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThatThrownBy(follower::poll)
                      .isInstanceOf(LogSourceException.class)
                      .hasMessageContaining("exit code 3"));
    }
  }

  private JournalLogSource source(Path executable) {
    return new JournalLogSource(
        executable.toString(), List.of(MASTER, COLLECTOR), false, Duration.ofSeconds(10));
  }

  private Path journal() throws IOException {
    return Files.createDirectories(root.resolve("journal"));
  }

  private Path script(String name, String text) throws IOException {
    Path bin = Files.createDirectories(root.resolve("bin"));
    Path script = bin.resolve(name);
    Files.writeString(script, text);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private static String text(List<String> lines) {
    return lines.stream().map(line -> line + "\n").collect(Collectors.joining());
  }
}
