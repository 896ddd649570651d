package io.kilowatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggesterTest {

  @Test
  void distance_countsEdits() {
    assertThat(KeySuggester.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(KeySuggester.distance("", "abc")).isEqualTo(3);
    assertThat(KeySuggester.distance("port", "port")).isZero();
  }

  @Test
  void closest_whenTypoIsSmall_returnsKey() {
    assertThat(KeySuggester.closest("http.prot", ConfigKeys.allPaths())).contains("http.port");
    assertThat(KeySuggester.closest("pse.base_url", ConfigKeys.allPaths()))
        .contains("pse.base-url");
    assertThat(KeySuggester.closest("views.invertor.interval", ConfigKeys.allPaths()))
        .contains("views.inverter.interval");
  }

  @Test
  void closest_whenNothingIsClose_returnsEmpty() {
    assertThat(KeySuggester.closest("database.url", ConfigKeys.allPaths())).isEmpty();
    assertThat(KeySuggester.closest("x", List.of())).isEmpty();
  }

  @Test
  void closest_ignoresCase() {
    assertThat(KeySuggester.closest("G12W", List.of("G12", "G12w"))).contains("G12w");
  }
}
