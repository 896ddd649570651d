package io.kilowatch.core.port;

import io.kilowatch.core.testing.InMemoryLogSource;
import io.kilowatch.core.testing.LogSourceContract;
import io.kilowatch.core.testing.MutableClock;
import java.util.List;

class InMemoryLogSourceTest extends LogSourceContract {

  private final InMemoryLogSource source = new InMemoryLogSource();

  @Override
  protected LogSource createSource() {
    return source;
  }

  @Override
  protected void writeLog(String name, List<String> lines) {
    source.write(name, MutableClock.DEFAULT_START, lines);
  }

  @Override
  protected void appendLog(String name, List<String> lines) {
    source.append(name, MutableClock.DEFAULT_START, lines);
  }
}
