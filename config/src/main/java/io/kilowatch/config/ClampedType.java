package io.kilowatch.config;

/**
 * A value type whose values outside {@code [min, max]} are moved to the nearest bound, with a
 * warning, as the coordinator's dashboard does with its intervals.
 */
record ClampedType<T extends Comparable<? super T>>(ValueType<T> plain, T min, T max)
    implements ValueType<T> {

  @Override
  public T parse(ConfigNode node, Diagnostics diagnostics) {
    T value = plain.parse(node, diagnostics);
    if (value.compareTo(min) < 0) {
      diagnostics.warning(
          node, "below the minimum " + plain.format(min) + "; using " + plain.format(min));
      return min;
    }
    if (value.compareTo(max) > 0) {
      diagnostics.warning(
          node, "above the maximum " + plain.format(max) + "; using " + plain.format(max));
      return max;
    }
    return value;
  }

  @Override
  public String format(T value) {
    return plain.format(value);
  }

  @Override
  public String range() {
    return plain.format(min) + " .. " + plain.format(max) + ", clamped";
  }
}
