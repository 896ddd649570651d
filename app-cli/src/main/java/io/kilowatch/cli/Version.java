package io.kilowatch.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the jar was built as. */
final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = KilowatchCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "kilowatch " + (version == null ? "(development build)" : version),
      "Java " + Runtime.version()
    };
  }
}
