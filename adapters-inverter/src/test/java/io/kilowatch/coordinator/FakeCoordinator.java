package io.kilowatch.coordinator;

import java.io.IOException;

/**
 * Stands in for the coordinator in probe tests, run as a child JVM whose command line carries the
 * coordinator's script name: prints {@code ready}, then runs until its standard input closes (so it
 * also ends if the test JVM dies).
 */
public final class FakeCoordinator {

  private FakeCoordinator() {}

  public static void main(String[] args) throws IOException {
    System.out.println("ready");
    System.out.flush();
    while (System.in.read() >= 0) {
      // Wait for the end of input.
    }
  }
}
