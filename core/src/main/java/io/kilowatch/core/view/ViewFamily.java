package io.kilowatch.core.view;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.RemovalNotification;
import io.kilowatch.core.freshness.Snapshot;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keyed views (month summaries, price days, decision ranges), created and loaded on first read,
 * bounded in number, each key kept by its own {@link KeyRule}: refreshed on a schedule, or loaded
 * once and never reloaded.
 *
 * <p>Reading a key that has never been read may wait for its first load, at most its load timeout;
 * every later read is a map lookup and a volatile read. Thread-safe.
 *
 * @param <K> the key type: immutable, with value-based equals and a {@code toString()} that is a
 *     valid view name suffix (e.g. {@code 2026-10})
 * @param <T> the value type; immutable
 */
public final class ViewFamily<K, T> {

  private final String name;
  private final KeyedLoader<K, T> loader;
  private final Function<? super K, KeyRule> rules;
  private final Consumer<? super RefreshingView<T>> onNewView;
  private final ViewScheduler scheduler;
  private final Cache<K, RefreshingView<T>> views;

  ViewFamily(
      FamilyDefinition<K, T> definition,
      Consumer<? super RefreshingView<T>> onNewView,
      ViewScheduler scheduler) {
    this.name = definition.name();
    this.loader = definition.loader();
    this.rules = definition.rules();
    this.onNewView = onNewView;
    this.scheduler = scheduler;
    this.views =
        CacheBuilder.newBuilder()
            .maximumSize(definition.maximumKeys())
            .removalListener(
                (RemovalNotification<K, RefreshingView<T>> removed) -> {
                  RefreshingView<T> view = removed.getValue();
                  if (view != null) {
                    scheduler.forget(view);
                  }
                })
            .build();
  }

  /** The family's name. */
  public String name() {
    return name;
  }

  /**
   * The snapshot of {@code key}. The first read of a key creates its view and waits for its first
   * load (at most the key's load timeout); later reads never wait. A key whose load failed returns
   * a missing snapshot carrying the error, and is retried in the background.
   */
  public Snapshot<T> get(K key) {
    RefreshingView<T> view = viewOf(key);
    Snapshot<T> snapshot = view.snapshot();
    if (snapshot.isPresent() || snapshot.lastError().isPresent()) {
      return snapshot;
    }
    awaitFirstLoad(view);
    return view.snapshot();
  }

  /** The snapshot of {@code key} if its view exists; never creates, loads or waits. */
  public Optional<Snapshot<T>> getIfPresent(K key) {
    RefreshingView<T> view = views.getIfPresent(requireNonNull(key, "'key' must not be null"));
    return view == null ? Optional.empty() : Optional.of(view.snapshot());
  }

  /**
   * The snapshot of {@code key} if {@link #get} would return it at once: its view exists and has
   * loaded (a value or an error). Never creates, loads or waits; for callers that must not block.
   */
  public Optional<Snapshot<T>> getIfReady(K key) {
    return getIfPresent(key)
        .filter(snapshot -> snapshot.isPresent() || snapshot.lastError().isPresent());
  }

  /** The views of the keys held now. */
  public List<RefreshingView<T>> views() {
    return List.copyOf(views.asMap().values());
  }

  /** Drops every key; their views stop and are forgotten. */
  public void clear() {
    views.invalidateAll();
  }

  private RefreshingView<T> viewOf(K key) {
    requireNonNull(key, "'key' must not be null");
    RefreshingView<T> existing = views.getIfPresent(key);
    if (existing != null) {
      return existing;
    }
    try {
      return views.get(key, () -> create(key));
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "could not create view " + name + "/" + key + ": " + e.getCause(), e.getCause());
    }
  }

  private RefreshingView<T> create(K key) {
    KeyRule rule = requireNonNull(rules.apply(key), () -> "no key rule for " + key);
    RefreshingView<T> view =
        new RefreshingView<>(
            name + "/" + key,
            previous -> loader.load(key, previous),
            rule.policy(),
            rule.schedule(),
            rule.reloads(),
            scheduler);
    onNewView.accept(view);
    scheduler.register(view);
    return view;
  }

  private static void awaitFirstLoad(RefreshingView<?> view) {
    Duration timeout = view.schedule().loadTimeout();
    try {
      view.refreshNow().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // The load records its own failure or timeout in the view's snapshot.
    }
  }
}
