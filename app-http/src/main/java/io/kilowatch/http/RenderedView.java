package io.kilowatch.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * One response, serialized once: the JSON bytes (data plus freshness block) for one input (a
 * snapshot) and one second of age, their gzip form (made on first demand), the weak ETag and the
 * Cache-Control value. The input is held weakly, so a cached rendering never keeps an old snapshot
 * alive. Immutable apart from the lazily made gzip bytes.
 */
final class RenderedView {

  /** Below this many bytes gzip saves less than its own cost. */
  static final int GZIP_THRESHOLD = 1024;

  private final WeakReference<Object> input;
  final long second;
  final byte[] json;
  final String etag;
  final String cacheControl;
  private volatile byte @Nullable [] gzip;

  RenderedView(Object input, long second, byte[] json, String etag, String cacheControl) {
    this.input = new WeakReference<>(input);
    this.second = second;
    this.json = json;
    this.etag = etag;
    this.cacheControl = cacheControl;
  }

  /** Whether this rendering is for {@code input} (the same instance) at {@code second}. */
  boolean isFor(Object input, long second) {
    return this.second == second && this.input.get() == input;
  }

  boolean worthCompressing() {
    return json.length >= GZIP_THRESHOLD;
  }

  /** The gzip form of {@link #json}, made once. */
  byte[] gzip() {
    byte[] compressed = gzip;
    if (compressed == null) {
      compressed = compress(json);
      gzip = compressed;
    }
    return compressed;
  }

  private static byte[] compress(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (GZIPOutputStream gzipOut = new GZIPOutputStream(out)) {
      gzipOut.write(bytes);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toByteArray();
  }
}
