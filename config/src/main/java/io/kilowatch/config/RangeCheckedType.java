package io.kilowatch.config;

/** A value type whose values outside {@code [min, max]} are errors. */
record RangeCheckedType<T extends Comparable<? super T>>(ValueType<T> plain, T min, T max)
    implements ValueType<T> {

  @Override
  public T parse(ConfigNode node, Diagnostics diagnostics) {
    T value = plain.parse(node, diagnostics);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new InvalidValueException("must be " + plain.format(min) + " to " + plain.format(max));
    }
    return value;
  }

  @Override
  public String format(T value) {
    return plain.format(value);
  }

  @Override
  public String range() {
    return plain.format(min) + " .. " + plain.format(max);
  }
}
