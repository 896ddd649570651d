package io.kilowatch.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.port.LogFile;
import io.kilowatch.core.port.LogFollower;
import io.kilowatch.core.port.LogQuery;
import io.kilowatch.core.port.LogSource;
import io.kilowatch.core.port.LogSourceException;
import io.kilowatch.core.port.LogSourceException.Reason;
import io.kilowatch.core.testing.LogSourceContract;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileLogSourceTest extends LogSourceContract {

  @TempDir Path root;

  @Override
  protected LogSource createSource() throws IOException {
    return new FileLogSource(logs());
  }

  @Override
  protected void writeLog(String name, List<String> lines) throws IOException {
    Files.writeString(logs().resolve(name), text(lines));
  }

  @Override
  protected void appendLog(String name, List<String> lines) throws IOException {
    Files.writeString(logs().resolve(name), text(lines), StandardOpenOption.APPEND);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../secret.log",
        "..",
        "logs/../../secret.log",
        "/etc/passwd",
        "sub/master_coordinator.log",
        "..\\secret.log"
      })
  void tail_ofANameThatIsNotAPlainFileName_isRefusedClearly(String name) throws IOException {
    Files.writeString(root.resolve("secret.log"), "password=hunter2\n");

    assertThatThrownBy(() -> new FileLogSource(logs()).tail(LogQuery.last(name, 10)))
        .isInstanceOfSatisfying(
            LogSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REFUSED))
        .hasMessageContaining("refused")
        .hasMessageContaining("plain file name inside the log directory");
  }

  @Test
  void tail_ofALinkLeadingOutOfTheDirectory_isRefusedClearly() throws IOException {
    Files.writeString(root.resolve("secret.log"), "password=hunter2\n");
    Files.createSymbolicLink(logs().resolve("innocent.log"), root.resolve("secret.log"));
    LogSource source = new FileLogSource(logs());

    assertThatThrownBy(() -> source.tail(LogQuery.last("innocent.log", 10)))
        .isInstanceOfSatisfying(
            LogSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REFUSED))
        .hasMessageContaining("link to a file outside the log directory");
    assertThatThrownBy(() -> source.follow(LogQuery.last("innocent.log", 10)))
        .isInstanceOf(LogSourceException.class);
    assertThat(source.logs()).extracting(LogFile::name).doesNotContain("innocent.log");
  }

  @Test
  void tail_ofALinkInsideTheDirectory_isRead() throws IOException {
    writeLog(MASTER, numbered("INFO", 1, 3));
    Files.createSymbolicLink(logs().resolve("current.log"), logs().resolve(MASTER));

    assertThat(new FileLogSource(logs()).tail(LogQuery.last("current.log", 1)))
        .isEqualTo(numbered("INFO", 3, 3));
  }

  @Test
  void tail_ofAOneGibibyteLog_returnsItsLast100Lines() throws IOException {
    Path big = logs().resolve(MASTER);
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(1L << 30);
    }
    appendLog(MASTER, numbered("INFO", 1, 1_000));

    List<String> lines = new FileLogSource(logs()).tail(LogQuery.last(MASTER, 100));

    assertThat(Files.size(big)).isGreaterThan(1L << 30);
    assertThat(lines).isEqualTo(numbered("INFO", 901, 1_000));
  }

  @Test
  void tail_stripsLineEndingsAndKeepsAnUnfinishedLastLine() throws IOException {
    Files.writeString(logs().resolve(MASTER), "one\r\ntwo  \r\n\r\nthree");

    assertThat(new FileLogSource(logs()).tail(LogQuery.last(MASTER, 10)))
        .containsExactly("one", "two", "", "three");
  }

  @Test
  void tail_ofBytesThatAreNotUtf8_replacesThem() throws IOException {
    Files.write(logs().resolve(MASTER), new byte[] {'o', 'k', (byte) 0xff, '\n'});

    assertThat(new FileLogSource(logs()).tail(LogQuery.last(MASTER, 1)))
        .containsExactly("ok\uFFFD");
  }

  @Test
  void logs_listsOnlyLogFilesWithSizeAndModificationTime() throws IOException {
    Instant modified = Instant.parse("2025-11-18T13:07:31Z");
    writeLog(MASTER, List.of("12345"));
    Files.setLastModifiedTime(logs().resolve(MASTER), FileTime.from(modified));
    Files.writeString(logs().resolve("master_coordinator.log.1"), "rotated\n");
    Files.createDirectory(logs().resolve("archive.log"));

    assertThat(new FileLogSource(logs()).logs()).containsExactly(new LogFile(MASTER, 6, modified));
  }

  @Test
  void logs_ofAMissingDirectory_saysTheDirectoryIsMissing() {
    LogSource source = new FileLogSource(root.resolve("no-logs"));

    assertThatThrownBy(source::logs)
        .isInstanceOfSatisfying(
            LogSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
        .hasMessageContaining("no-logs");
  }

  @Test
  void follow_whenTheLogIsRotated_readsTheRestOfTheOldFileThenTheNewOne() throws IOException {
    writeLog(MASTER, numbered("INFO", 1, 3));
    try (LogFollower follower = new FileLogSource(logs()).follow(LogQuery.last(MASTER, 10))) {
      assertThat(follower.poll()).isEqualTo(numbered("INFO", 1, 3));

      appendLog(MASTER, numbered("INFO", 4, 4));
      Files.move(logs().resolve(MASTER), logs().resolve(MASTER + ".1"));
      writeLog(MASTER, numbered("INFO", 5, 6));

      assertThat(follower.poll()).isEqualTo(numbered("INFO", 4, 6));
      appendLog(MASTER, numbered("INFO", 7, 7));
      assertThat(follower.poll()).isEqualTo(numbered("INFO", 7, 7));
    }
  }

  @Test
  void follow_whileTheRotatedFileIsNotYetRecreated_keepsGoing() throws IOException {
    writeLog(MASTER, numbered("INFO", 1, 1));
    try (LogFollower follower = new FileLogSource(logs()).follow(LogQuery.last(MASTER, 10))) {
      follower.poll();
      appendLog(MASTER, numbered("INFO", 2, 2));
      Files.move(logs().resolve(MASTER), logs().resolve(MASTER + ".1"));

      assertThat(follower.poll()).isEqualTo(numbered("INFO", 2, 2));

      writeLog(MASTER, numbered("INFO", 3, 3));
      assertThat(follower.poll()).isEqualTo(numbered("INFO", 3, 3));
    }
  }

  @Test
  void follow_whenTheLogIsTruncated_startsAgainFromItsBeginning() throws IOException {
    writeLog(MASTER, numbered("INFO", 1, 5));
    try (LogFollower follower = new FileLogSource(logs()).follow(LogQuery.last(MASTER, 2))) {
      follower.poll();

      writeLog(MASTER, numbered("INFO", 6, 6));

      assertThat(follower.poll()).isEqualTo(numbered("INFO", 6, 6));
    }
  }

  @Test
  void follow_returnsALineOnlyOnceItIsComplete() throws IOException {
    Files.writeString(logs().resolve(MASTER), "line 1\nline 2 begins");
    try (LogFollower follower = new FileLogSource(logs()).follow(LogQuery.last(MASTER, 10))) {
      assertThat(follower.poll()).containsExactly("line 1");
      assertThat(follower.poll()).isEmpty();

      Files.writeString(logs().resolve(MASTER), " and ends\nline 3", StandardOpenOption.APPEND);

      assertThat(follower.poll()).containsExactly("line 2 begins and ends");
    }
  }

  @Test
  void follow_afterClose_refusesToPoll() throws IOException {
    writeLog(MASTER, numbered("INFO", 1, 1));
    LogFollower follower = new FileLogSource(logs()).follow(LogQuery.last(MASTER, 10));
    follower.close();
    follower.close();

    assertThatThrownBy(follower::poll).isInstanceOf(LogSourceException.class);
  }

  private Path logs() throws IOException {
    return Files.createDirectories(root.resolve("logs"));
  }

  private static String text(List<String> lines) {
    return lines.stream().map(line -> line + "\n").collect(Collectors.joining());
  }
}
