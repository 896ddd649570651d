package io.kilowatch.http;

import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.report.CacheState;
import io.kilowatch.runtime.report.RefreshResult;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code GET /cache}: every view's state, age, version, counters and last error. {@code POST
 * /refresh}: reload every view now and answer with each outcome.
 */
@Controller
final class CacheController {

  private final KilowatchRuntime runtime;

  CacheController(KilowatchRuntime runtime) {
    this.runtime = runtime;
  }

  @Get(uri = "/cache", produces = MediaType.APPLICATION_JSON)
  CacheState cache() {
    return CacheState.of(runtime.dashboard().cacheReport(), runtime.zone());
  }

  /** Blocks until every load ends (each bounded by its timeout), so it runs off the event loop. */
  @Post(uri = "/refresh", produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  RefreshResult refresh() {
    return RefreshResult.of(runtime.dashboard().refreshAll(), runtime.zone());
  }
}
