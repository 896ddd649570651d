package io.kilowatch.core.energy;

import java.util.Optional;

/**
 * The PSE "Kompas Energetyczny" status of an hour (report {@code pdgsz}, field {@code usage_fcst}),
 * which selects the G14dynamic distribution rate.
 */
public enum KompasStatus {
  /** Code 0, "ZALECANE UŻYTKOWANIE": usage recommended. */
  RECOMMENDED_USAGE(0, TariffZone.RECOMMENDED_USAGE),
  /** Code 1, "NORMALNE UŻYTKOWANIE": normal usage. */
  NORMAL_USAGE(1, TariffZone.NORMAL_USAGE),
  /** Code 2, "ZALECANE OSZCZĘDZANIE": saving recommended. */
  RECOMMENDED_SAVING(2, TariffZone.RECOMMENDED_SAVING),
  /** Code 3, "WYMAGANE OGRANICZANIE": reduction required. */
  REQUIRED_REDUCTION(3, TariffZone.REQUIRED_REDUCTION);

  private final int code;
  private final TariffZone zone;

  KompasStatus(int code, TariffZone zone) {
    this.code = code;
    this.zone = zone;
  }

  /** The PSE's code, 0 to 3. */
  public int code() {
    return code;
  }

  /** The G14dynamic zone this status selects. */
  public TariffZone zone() {
    return zone;
  }

  /** The status with PSE code {@code code}, or empty for an unknown code. */
  public static Optional<KompasStatus> fromCode(int code) {
    for (KompasStatus status : values()) {
      if (status.code == code) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
