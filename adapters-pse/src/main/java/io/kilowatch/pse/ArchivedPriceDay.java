package io.kilowatch.pse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A price day as {@link FilePriceArchive} writes it: one JSON file per business date.
 *
 * <pre>{@code
 * {"format":1,"businessDate":"2025-10-26","zone":"Europe/Warsaw",
 *  "periods":[{"start":"2025-10-25T22:00:00Z","end":"2025-10-25T22:15:00Z","price":411.8}, ...]}
 * }</pre>
 *
 * @param format the file format's version, {@link #FORMAT}
 * @param businessDate ISO date
 * @param zone zone id
 * @param periods the periods; {@code price} in PLN/MWh, exact
 */
record ArchivedPriceDay(int format, String businessDate, String zone, List<Period> periods) {

  /** The current file format. */
  static final int FORMAT = 1;

  /**
   * One period.
   *
   * @param start ISO instant
   * @param end ISO instant
   * @param price PLN/MWh
   */
  record Period(String start, String end, BigDecimal price) {}
}
