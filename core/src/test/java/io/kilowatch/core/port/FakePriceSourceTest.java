package io.kilowatch.core.port;

import io.kilowatch.core.energy.PriceDay;
import io.kilowatch.core.testing.FakePriceSource;
import io.kilowatch.core.testing.PriceSourceContract;

class FakePriceSourceTest extends PriceSourceContract {

  @Override
  protected PriceSource sourcePublishing(PriceDay day) {
    return new FakePriceSource().publish(day);
  }

  @Override
  protected PriceSource sourceWithNothingPublished() {
    return new FakePriceSource();
  }

  @Override
  protected PriceSource failingSource() {
    return new FakePriceSource().failAlways("PSE unreachable for 2026-11-24");
  }
}
