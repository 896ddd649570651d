package io.kilowatch.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kilowatch.core.testing.Decisions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthComparisonTest {

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  @Test
  void changes_areDifferencesAndPercentagesOfTheOtherMonth() {
    // November: 3 charges of 2.5 kWh / 1.19125 PLN / 0.86725 PLN saved; October: 2 of them.
    MonthComparison comparison = new MonthComparison(month(NOVEMBER, 3), month(OCTOBER, 2));

    assertThat(comparison.costDifferencePln()).isEqualByComparingTo("1.19125");
    assertThat(comparison.energyDifferenceKwh()).isEqualByComparingTo("2.5");
    assertThat(comparison.savingsDifferencePln()).isEqualByComparingTo("0.86725");
    assertThat(comparison.costChangePercent()).contains(new BigDecimal("50.0"));
    assertThat(comparison.energyChangePercent()).contains(new BigDecimal("50.0"));
    assertThat(comparison.savingsChangePercent()).contains(new BigDecimal("50.0"));
  }

  @Test
  void changes_fromAnEmptyMonth_haveNoPercentage() {
    MonthComparison comparison =
        new MonthComparison(month(NOVEMBER, 1), MonthlySummary.empty(OCTOBER));

    assertThat(comparison.costDifferencePln()).isEqualByComparingTo("1.19125");
    assertThat(comparison.costChangePercent()).isEmpty();
    assertThat(comparison.energyChangePercent()).isEmpty();
  }

  @Test
  void changes_toAnEmptyMonth_areMinusOneHundredPercent() {
    MonthComparison comparison =
        new MonthComparison(MonthlySummary.empty(NOVEMBER), month(OCTOBER, 2));

    assertThat(comparison.costChangePercent()).contains(new BigDecimal("-100.0"));
  }

  private static MonthlySummary month(YearMonth month, int charges) {
    Instant start = month.atDay(2).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<Decision> decisions =
        java.util.stream.IntStream.range(0, charges)
            .mapToObj(i -> (Decision) Decisions.aCharge(start.plusSeconds(900L * i)))
            .toList();
    return MonthlySummary.compute(month, ZoneOffset.UTC, decisions, List.of());
  }
}
