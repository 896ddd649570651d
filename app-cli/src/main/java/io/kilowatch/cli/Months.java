package io.kilowatch.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a month as {@code YYYY-MM}. */
final class Months implements ITypeConverter<YearMonth> {

  @Override
  public YearMonth convert(String value) {
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a month: write e.g. 2026-11");
    }
  }
}
