package io.kilowatch.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * One view's response, serialized once: the JSON bytes (data plus freshness block) for one snapshot
 * and one second of age, their gzip form (made on first demand), the weak ETag and the
 * Cache-Control value. Immutable apart from the lazily made gzip bytes.
 */
final class RenderedView {

  /** Below this many bytes gzip saves less than its own cost. */
  static final int GZIP_THRESHOLD = 1024;

  final Object snapshot;
  final Object dataKey;
  final long second;
  final byte[] json;
  final String etag;
  final String cacheControl;
  private volatile byte @Nullable [] gzip;

  RenderedView(
      Object snapshot, Object dataKey, long second, byte[] json, String etag, String cacheControl) {
    this.snapshot = snapshot;
    this.dataKey = dataKey;
    this.second = second;
    this.json = json;
    this.etag = etag;
    this.cacheControl = cacheControl;
  }

  /** Whether this rendering is for {@code snapshot} and {@code dataKey} at {@code second}. */
  boolean isFor(Object snapshot, Object dataKey, long second) {
    return this.snapshot == snapshot && this.dataKey == dataKey && this.second == second;
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
