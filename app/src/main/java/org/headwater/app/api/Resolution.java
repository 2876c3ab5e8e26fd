package org.headwater.app.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;

/**
 * The decimals each quantity is given to in API answers (docs/api-precision.md). Values are stored
 * as computed; beyond these decimals the digits are artefacts of unit conversion, scaling and
 * averaging, finer than any meter or sensor resolves, so answers do not carry them.
 */
final class Resolution {

    /** Litres per second: a millilitre per second. */
    static final int FLOW_DECIMALS = 3;
    /** Fractions such as a read success rate: a hundredth of a percent. */
    static final int FRACTION_DECIMALS = 4;
    /** Next-year break likelihoods: small, so five decimals keep two significant digits at 0.1 %. */
    static final int LIKELIHOOD_DECIMALS = 5;
    /** Metres of pipe: a decimetre. */
    static final int METRE_DECIMALS = 1;
    /** Kilometres of pipe and priorities per km: a metre, a thousandth. */
    static final int KILOMETRE_DECIMALS = 3;

    private Resolution() {}

    /** Decimals of a reading of {@code measurand} in its canonical unit. */
    static int decimals(Measurand measurand) {
        return switch (measurand) {
            case INTERVAL_VOLUME, REGISTER -> 3; // L: a millilitre
            case FLOW -> FLOW_DECIMALS;
            case PRESSURE -> 2; // kPa: 0.01 kPa, 1 mm of head
            case LEVEL -> 3; // m: a millimetre
            case CHLORINE, TURBIDITY -> 3; // mg/L, NTU: analysers resolve 0.001-0.01
            case PH, TEMPERATURE -> 2;
            case CONDUCTIVITY -> 1; // uS/cm
            case PUMP_RUNNING -> 0; // on or off
        };
    }

    /** The reading with its value rounded to its measurand's decimals. */
    static Reading of(Reading reading) {
        return new Reading(
                reading.sourceId(),
                reading.measurand(),
                reading.time(),
                round(reading.value(), decimals(reading.measurand())));
    }

    /** Half-even rounding to {@code decimals}; NaN and infinities pass unchanged. */
    static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
