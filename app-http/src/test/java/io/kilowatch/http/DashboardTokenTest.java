package io.kilowatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page against a server on the demo installation that wants an access token: it asks for one,
 * or takes ?token=.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTokenTest implements TestPropertyProvider {

  private static final String TOKEN = AccessTokenConfig.TOKEN;
  private static final String REFUSED =
      "log: Failed to load resource: the server responded with a status of 401";

  /** The demo installation's folder, removed after the class (and its server) is done. */
  @TempDir static Path folder;

  @Inject EmbeddedServer server;

  private HeadlessChromium chromium;

  @Override
  public Map<String, String> getProperties() {
    return PageDemo.write(folder, TOKEN).properties("DashboardTokenTest");
  }

  @BeforeAll
  void startTheBrowser() throws Exception {
    chromium = HeadlessChromium.start(PageDemo.ZONE, Path.of("target", "chromium-token.log"));
  }

  @AfterAll
  void closeTheBrowser() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void withoutAToken_thePageAsksForIt_andLoadsOnceItIsGiven() throws Exception {
    BrowserPage page = chromium.newPage();
    page.open(url("/"));

    page.waitFor("document.getElementById('token-dialog').open");
    page.waitFor(
        "document.querySelector('#card-status').innerText.includes('needs an access token')");
    page.eval("document.getElementById('token-input').value = '" + TOKEN + "'");
    page.eval("document.getElementById('token-ok').click()");

    page.waitFor(
        "document.querySelector('#card-status .card-body').innerText.includes('Connected')");
    page.waitFor("document.getElementById('live').dataset.live === 'live'");
    assertThat(page.eval("document.getElementById('token-dialog').open").asBoolean()).isFalse();
    assertThat(page.consoleErrors()).allSatisfy(error -> assertThat(error).startsWith(REFUSED));
  }

  @Test
  void aTokenInTheAddress_isUsed_andTakenOutOfTheAddress() throws Exception {
    BrowserPage page = chromium.newPage();
    page.open(url("/?token=" + TOKEN));

    page.waitFor(
        "document.querySelector('#card-status .card-body').innerText.includes('Connected')");
    page.waitFor("document.getElementById('live').dataset.live === 'live'");
    assertThat(page.eval("location.href").asText()).doesNotContain(TOKEN);
    assertThat(page.eval("document.getElementById('token-dialog').open").asBoolean()).isFalse();
    assertThat(page.consoleErrors()).isEmpty();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }
}
