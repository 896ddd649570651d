package io.kilowatch.core.port;

import io.kilowatch.core.testing.InMemoryPriceArchive;
import io.kilowatch.core.testing.PriceArchiveContract;

class InMemoryPriceArchiveTest extends PriceArchiveContract {

  @Override
  protected PriceArchive createArchive() {
    return new InMemoryPriceArchive();
  }
}
