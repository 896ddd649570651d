package io.kilowatch.pse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.port.PriceArchive;
import io.kilowatch.core.port.PriceArchiveException;
import io.kilowatch.core.testing.PriceArchiveContract;
import io.kilowatch.core.testing.PriceDays;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FilePriceArchive} on real files: the port's contract, then what disks do to files. */
class FilePriceArchiveTest extends PriceArchiveContract {

  private static final LocalDate DAY = LocalDate.of(2025, 10, 26);

  @TempDir Path directory;

  @Override
  protected PriceArchive createArchive() {
    return new FilePriceArchive(directory.resolve("prices"));
  }

  @Test
  void keep_writesOneReadableJsonFilePerDay_andNoTemporaryFile() throws IOException {
    FilePriceArchive archive = new FilePriceArchive(directory);
    PriceDay day = PriceDays.flat(DAY, PriceDays.QUARTER, "412.50");

    archive.keep(day);

    assertThat(filesIn(directory)).containsExactly("2025-10-26.json");
    String json = Files.readString(directory.resolve("2025-10-26.json"));
    assertThat(json)
        .startsWith("{\"format\":1,\"businessDate\":\"2025-10-26\",\"zone\":\"Europe/Warsaw\"")
        .contains(
            "{\"start\":\"2025-10-25T22:00:00Z\",\"end\":\"2025-10-25T22:15:00Z\",\"price\":412.5}");
  }

  @Test
  void find_ofATruncatedFile_reportsAndIgnoresIt_andKeepReplacesIt() throws IOException {
    FilePriceArchive archive = new FilePriceArchive(directory);
    PriceDay day = PriceDays.random(DAY, PriceDays.QUARTER, new Random(1));
    archive.keep(day);
    Path file = directory.resolve("2025-10-26.json");
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));

    assertThat(archive.find(DAY)).isEmpty();

    archive.keep(day);
    assertThat(archive.find(DAY)).contains(day);
  }

  @Test
  void find_ofCorruptFiles_isEmpty_neverAnError() throws IOException {
    FilePriceArchive archive = new FilePriceArchive(directory);
    Path file = directory.resolve("2025-10-26.json");

    for (String corrupt :
        new String[] {
          "",
          "\u0000\u0000\u0000",
          "not json at all",
          "[]",
          "null",
          "{\"format\":1}",
          "{\"format\":2,\"businessDate\":\"2025-10-26\",\"zone\":\"Europe/Warsaw\",\"periods\":[]}",
          "{\"format\":1,\"businessDate\":\"2025-10-26\",\"zone\":\"Europe/Warsaw\",\"periods\":[]}",
          "{\"format\":1,\"businessDate\":\"2025-10-26\",\"zone\":\"Mars/Olympus\",\"periods\":[]}",
          "{\"format\":1,\"businessDate\":\"26.10.2025\",\"zone\":\"Europe/Warsaw\",\"periods\":[]}",
          "{\"format\":1,\"businessDate\":\"2025-10-26\",\"zone\":\"Europe/Warsaw\",\"periods\":[null]}",
          "{\"format\":1,\"businessDate\":\"2025-10-26\",\"zone\":\"Europe/Warsaw\","
              + "\"periods\":[{\"start\":\"2025-10-25T22:00:00Z\",\"end\":\"2025-10-25T22:15:00Z\","
              + "\"price\":1}]}"
        }) {
      Files.writeString(file, corrupt, StandardCharsets.UTF_8);

      assertThat(archive.find(DAY)).as(corrupt).isEmpty();
    }
  }

  @Test
  void find_ofAFileHoldingAnotherDay_ignoresIt() throws IOException {
    FilePriceArchive archive = new FilePriceArchive(directory);
    archive.keep(PriceDays.flat(DAY.plusDays(1), PriceDays.QUARTER, "100"));
    Files.move(directory.resolve("2025-10-27.json"), directory.resolve("2025-10-26.json"));

    assertThat(archive.find(DAY)).isEmpty();
  }

  @Test
  void find_inADirectoryThatDoesNotExist_isEmpty() {
    FilePriceArchive archive = new FilePriceArchive(directory.resolve("not/yet/made"));

    assertThat(archive.find(DAY)).isEmpty();
  }

  @Test
  void find_ofAnUnreadableEntry_isAnArchiveError() throws IOException {
    FilePriceArchive archive = new FilePriceArchive(directory);
    Files.createDirectory(directory.resolve("2025-10-26.json"));

    assertThatThrownBy(() -> archive.find(DAY))
        .isInstanceOf(PriceArchiveException.class)
        .hasMessageContaining("could not read the price archive file");
  }

  @Test
  void keep_whereTheDirectoryCannotBeMade_failsAndLeavesNothingBehind() throws IOException {
    Path aFile = Files.writeString(directory.resolve("in-the-way"), "x");
    FilePriceArchive archive = new FilePriceArchive(aFile.resolve("prices"));

    assertThatThrownBy(() -> archive.keep(PriceDays.flat(DAY, PriceDays.QUARTER, "1")))
        .isInstanceOf(PriceArchiveException.class)
        .hasMessageStartingWith("could not keep the prices of 2025-10-26 in ");
    assertThat(filesIn(directory)).containsExactly("in-the-way");
  }

  @Test
  void keep_overAnOldCopy_replacesItWhole() throws IOException {
    FilePriceArchive archive = new FilePriceArchive(directory);
    archive.keep(PriceDays.random(DAY, PriceDays.QUARTER, new Random(1)));
    PriceDay newer = PriceDays.random(DAY, PriceDays.QUARTER, new Random(2));

    archive.keep(newer);

    assertThat(archive.find(DAY)).contains(newer);
    assertThat(filesIn(directory)).containsExactly("2025-10-26.json");
  }

  private static List<String> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
