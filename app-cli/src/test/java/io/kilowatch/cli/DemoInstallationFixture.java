package io.kilowatch.cli;

import io.kilowatch.runtime.demo.DemoInstallation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/** A demo coordinator installation written now, and a {@link Wiring} that reads it offline. */
final class DemoInstallationFixture {

  /** No test reaches the internet: PSE is a closed local port, tried once. */
  static final Map<String, String> OFFLINE =
      Map.of("KILOWATCH_PSE_BASE_URL", "http://127.0.0.1:9/api", "KILOWATCH_PSE_RETRIES", "0");

  final DemoInstallation demo;
  final Wiring wiring = new Wiring(OFFLINE, Clock.systemUTC());

  DemoInstallationFixture(Path folder) {
    try {
      this.demo =
          DemoInstallation.write(
              folder, Clock.systemUTC().instant(), ZoneId.of("Europe/Warsaw"), 7);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code kilowatch} with {@code args} and {@code --config} of the demo. */
  Cli run(String... args) {
    String[] withConfig = new String[args.length + 2];
    System.arraycopy(args, 0, withConfig, 0, args.length);
    withConfig[args.length] = "--config";
    withConfig[args.length + 1] = demo.config().toString();
    return Cli.run(wiring, withConfig);
  }
}
