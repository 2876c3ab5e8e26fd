package org.headwater.app.units;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.units.*}: the unit system thresholds are shown and typed in. Values are stored in SI
 * whatever is configured.
 *
 * @param system {@code SI} (litres, kPa; the default and the demo's) or {@code US_CUSTOMARY} (US gallons, psi)
 */
@ConfigurationProperties("headwater.units")
public record UnitsProperties(@DefaultValue("SI") UnitSystem system) {

    /** The unit systems a utility can choose. */
    public enum UnitSystem {
        SI,
        US_CUSTOMARY
    }
}
