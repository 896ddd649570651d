package io.kilowatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void toString_whenSet_masksValue() {
    assertThat(Secret.of("hunter2")).hasToString("****");
    assertThat(Secret.of("")).isSameAs(Secret.NONE).hasToString("(none)");
  }

  @Test
  void reveal_returnsValue() {
    assertThat(Secret.of("hunter2").reveal()).isEqualTo("hunter2");
    assertThat(Secret.NONE.isEmpty()).isTrue();
  }

  @Test
  void equals_comparesValues() {
    assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).isNotEqualTo(Secret.of("b"));
    assertThat(Secret.of("a").hashCode()).isEqualTo(Secret.of("b").hashCode());
  }

  @Test
  void of_whenPaddedWithSpaces_refusesWithoutShowingValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Secret.of(" hunter2 "))
        .withMessageNotContaining("hunter2")
        .withMessageContaining("****");
  }
}
