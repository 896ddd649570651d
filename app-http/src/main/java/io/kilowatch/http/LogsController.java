package io.kilowatch.http;

import io.kilowatch.core.dashboard.CoordinatorViews;
import io.kilowatch.core.dashboard.LogTail;
import io.kilowatch.core.dashboard.LogViews;
import io.kilowatch.core.freshness.LoadError;
import io.kilowatch.core.freshness.Snapshot;
import io.kilowatch.core.port.LogFile;
import io.kilowatch.http.ErrorResponses.BadRequest;
import io.kilowatch.http.ErrorResponses.Failure;
import io.kilowatch.runtime.KilowatchRuntime;
import io.kilowatch.runtime.api.LogLines;
import io.kilowatch.runtime.api.LogNames;
import io.kilowatch.runtime.api.LogNames.LogName;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The coordinator's logs, as in the reference (its section 5):
 *
 * <ul>
 *   <li>{@code GET /logs?file=&lines=&level=&follow=}: the last {@code lines} (1 to 5,000, default
 *       100) lines of a log, only those of {@code level} (ERROR, WARNING, INFO, DEBUG) if given,
 *       served from the tails {@link LogViews} keeps in memory (the first request of a (log, level)
 *       waits for its first read, off the event loop). {@code follow=true} streams new lines as
 *       server-sent events ({@link LogStreams}). A {@code file} that is none of the keys is 400
 *       naming the keys (the reference answers 404); a known log that does not exist is 404, as is
 *       {@code file=summary} (not offered); a log that cannot be read (e.g. no journal on this
 *       machine) is 503.
 *   <li>{@code GET /logs/files}: the log files with size, modification time and path.
 *   <li>{@code GET /logs/download/{file}}: one file of the log list as a {@code text/plain}
 *       attachment, streamed off the event loop. A name that is not a plain file name is 400; a
 *       name not in the list is 404. {@code <key>.log} (what the reference's page asks for, e.g.
 *       {@code master.log}) stands for the file of that key.
 * </ul>
 */
@Controller
final class LogsController {

  private static final MediaType TEXT_UTF8 = MediaType.of("text/plain; charset=utf-8");

  /** One entry of {@code /logs/files}. */
  record LogFileEntry(String name, long size, String modified, String path) {}

  private final KilowatchRuntime runtime;
  private final ViewResponses responses;
  private final LogStreams streams;
  private final LogDownloads downloads;
  private final ApiTime time;
  private final ExecutorService blocking;
  private final Scheduler blockingScheduler;

  LogsController(
      KilowatchRuntime runtime,
      ViewResponses responses,
      LogStreams streams,
      LogDownloads downloads,
      ApiTime time,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.runtime = runtime;
    this.responses = responses;
    this.streams = streams;
    this.downloads = downloads;
    this.time = time;
    this.blocking = blocking;
    this.blockingScheduler = Schedulers.fromExecutorService(blocking);
  }

  @Get(
      uri = "/logs",
      produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
  CompletableFuture<MutableHttpResponse<?>> logs(
      HttpRequest<?> request,
      @QueryValue @Nullable String file,
      @QueryValue @Nullable String lines,
      @QueryValue @Nullable String level,
      @QueryValue @Nullable String follow) {
    LogViews views = runtime.logViews();
    LogParameters parameters =
        LogParameters.parse(file, lines, level, follow, views.maximumLines());
    Optional<LogName> name = LogNames.byKey(parameters.file());
    if (name.isEmpty()) {
      throw unknown(parameters.file());
    }
    String log = name.get().log();
    Optional<Snapshot<LogTail>> loaded = views.tailIfLoaded(log, parameters.level());
    if (loaded.isPresent()) {
      return CompletableFuture.completedFuture(
          answer(request, parameters, name.get(), loaded.get()));
    }
    return CompletableFuture.supplyAsync(() -> views.tail(log, parameters.level()), blocking)
        .thenApply(snapshot -> answer(request, parameters, name.get(), snapshot));
  }

  @Get(uri = "/logs/files", produces = MediaType.APPLICATION_JSON)
  MutableHttpResponse<byte[]> files(HttpRequest<?> request) {
    return responses.respond(
        request,
        CoordinatorViews.LOG_FILES,
        runtime.coordinator().logFiles(),
        files -> Map.of("log_files", files.stream().map(this::entry).toList()),
        missing -> Map.of("log_files", List.of()));
  }

  /** Opens the file on a blocking thread; its chunks are read there too. */
  @Get(uri = "/logs/download/{file}")
  @ExecuteOn(TaskExecutors.BLOCKING)
  MutableHttpResponse<?> download(@PathVariable String file) throws IOException {
    requirePlainName(file);
    String name = LogNames.downloadedFile(file);
    boolean listed =
        runtime.coordinator().logFiles().value().orElse(List.of()).stream()
            .anyMatch(listedFile -> listedFile.name().equals(name));
    Optional<SeekableByteChannel> channel = listed ? downloads.open(name) : Optional.empty();
    if (channel.isEmpty()) {
      throw new Failure(
          HttpStatus.NOT_FOUND, "file", "Log file not found: " + LogParameters.shown(file));
    }
    return HttpResponse.ok(LogDownloads.chunks(channel.get()).subscribeOn(blockingScheduler))
        .contentType(TEXT_UTF8)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + name.replace('"', '_') + "\"");
  }

  private MutableHttpResponse<?> answer(
      HttpRequest<?> request, LogParameters parameters, LogName name, Snapshot<LogTail> snapshot) {
    Optional<LogTail> tail = snapshot.value();
    if (tail.isPresent() && !tail.get().exists()) {
      throw notFound(parameters.file());
    }
    if (tail.isEmpty()) {
      throw new Failure(
          HttpStatus.SERVICE_UNAVAILABLE,
          null,
          "log "
              + name.shownAs()
              + " cannot be read: "
              + snapshot.lastError().map(LoadError::message).orElse("its first read is not done"));
    }
    if (parameters.follow()) {
      return HttpResponse.ok(streams.follow(name.log(), parameters.level()).map(Event::of))
          .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
          .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
    return responses.respond(
        request,
        LogLines.responseName(name.log(), parameters.levelFilter(), parameters.lines()),
        snapshot,
        LogLines.body(name.shownAs(), parameters.levelFilter(), parameters.lines()));
  }

  private LogFileEntry entry(LogFile file) {
    return new LogFileEntry(
        file.name(), file.sizeBytes(), time.format(file.modifiedAt()), file.name());
  }

  private static RuntimeException unknown(String file) {
    if (file.equalsIgnoreCase(LogNames.SUMMARY_KEY)) {
      return notFound(file);
    }
    return new ErrorResponses.BadRequest(
        "file",
        "parameter 'file' must be one of "
            + LogNames.KEYS
            + ", but was '"
            + LogParameters.shown(file)
            + "'");
  }

  private static Failure notFound(String file) {
    String message =
        file.equalsIgnoreCase(LogNames.SUMMARY_KEY)
            ? "file=summary (the reference's digest of the journal) is not offered by Kilowatch;"
                + " read file=systemd"
            : "Log file " + LogParameters.shown(file) + " not found";
    return new Failure(HttpStatus.NOT_FOUND, "file", message);
  }

  /** A download name is a plain file name: no separators, no {@code ..}, no control characters. */
  private static void requirePlainName(String file) {
    if (file.isBlank()
        || file.contains("/")
        || file.contains("\\")
        || file.equals(".")
        || file.equals("..")
        || file.chars().anyMatch(Character::isISOControl)) {
      throw new BadRequest(
          "file",
          "parameter 'file' must be the plain name of a log file (no paths, no '..'), but was '"
              + LogParameters.shown(file)
              + "'");
    }
  }
}
