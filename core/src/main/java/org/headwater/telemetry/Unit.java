package org.headwater.telemetry;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Units found in AMI and SCADA exports, each with its conversion to the canonical unit of its
 * {@link Measurand} family ({@code canonical = value * factor + offset}).
 */
public enum Unit {
    LITRE(Family.VOLUME, 1.0, 0, "l", "L", "litre", "litres", "liter", "liters"),
    CUBIC_METRE(Family.VOLUME, 1000.0, 0, "m3", "m³", "cubic_metre", "cubic_meter", "cbm"),
    US_GALLON(Family.VOLUME, 3.785411784, 0, "gal", "gallon", "gallons", "usgal", "us_gal"),
    CUBIC_FOOT(Family.VOLUME, 28.316846592, 0, "ft3", "ft³", "cf", "cubic_foot", "cubic_feet"),
    HUNDRED_CUBIC_FEET(Family.VOLUME, 2831.6846592, 0, "ccf", "hcf"),
    LITRE_PER_SECOND(Family.FLOW, 1.0, 0, "l/s", "lps"),
    CUBIC_METRE_PER_HOUR(Family.FLOW, 1000.0 / 3600.0, 0, "m3/h", "m³/h"),
    US_GALLON_PER_MINUTE(Family.FLOW, 3.785411784 / 60.0, 0, "gpm", "gal/min"),
    KILOPASCAL(Family.PRESSURE, 1.0, 0, "kpa"),
    PSI(Family.PRESSURE, 6.894757293168, 0, "psi"),
    BAR(Family.PRESSURE, 100.0, 0, "bar"),
    METRE_OF_HEAD(Family.PRESSURE, 9.80665, 0, "mh2o", "m_head", "mwc"),
    METRE(Family.LEVEL, 1.0, 0, "m"),
    FOOT(Family.LEVEL, 0.3048, 0, "ft"),
    MILLIGRAM_PER_LITRE(Family.CONCENTRATION, 1.0, 0, "mg/l", "ppm"),
    NTU(Family.TURBIDITY, 1.0, 0, "ntu"),
    PH(Family.PH, 1.0, 0, "ph"),
    MICROSIEMENS_PER_CM(Family.CONDUCTIVITY, 1.0, 0, "us/cm", "µs/cm"),
    CELSIUS(Family.TEMPERATURE, 1.0, 0, "c", "degc", "°c", "celsius"),
    FAHRENHEIT(Family.TEMPERATURE, 5.0 / 9.0, -32.0 * 5.0 / 9.0, "f", "degf", "°f", "fahrenheit"),
    /** A two-state status (1 on, 0 off), e.g. a pump running. */
    ON_OFF(Family.STATE, 1.0, 0, "on", "on/off", "state", "status", "bool");

    /** Units convert only within a family. */
    public enum Family {
        VOLUME,
        FLOW,
        PRESSURE,
        LEVEL,
        CONCENTRATION,
        TURBIDITY,
        PH,
        CONDUCTIVITY,
        TEMPERATURE,
        STATE
    }

    private final Family family;
    private final double factor;
    private final double offset;
    private final String[] symbols;

    Unit(Family family, double factor, double offset, String... symbols) {
        this.family = family;
        this.factor = factor;
        this.offset = offset;
        this.symbols = symbols;
    }

    public Family family() {
        return family;
    }

    /** Converts a value in this unit to the canonical unit of its family. */
    public double toCanonical(double value) {
        return value * factor + offset;
    }

    /** Converts a value in the canonical unit of this unit's family to this unit. */
    public double fromCanonical(double canonical) {
        return (canonical - offset) / factor;
    }

    /** Looks a unit up by any of its usual spellings, ignoring case and surrounding blanks. */
    public static Optional<Unit> parse(String symbol) {
        // Every MQTT message names its unit: a map look-up, not a scan of every unit's spellings.
        return Optional.ofNullable(Spellings.BY_LOWER_CASE.get(symbol.strip().toLowerCase(Locale.ROOT)));
    }

    /** Each spelling (name or symbol, lower case) to the first unit, in declaration order, that has it. */
    private static final class Spellings {
        static final Map<String, Unit> BY_LOWER_CASE = byLowerCase();

        private static Map<String, Unit> byLowerCase() {
            Map<String, Unit> units = new HashMap<>();
            for (Unit unit : values()) {
                units.putIfAbsent(unit.name().toLowerCase(Locale.ROOT), unit);
                for (String spelling : unit.symbols) {
                    units.putIfAbsent(spelling.toLowerCase(Locale.ROOT), unit);
                }
            }
            return Map.copyOf(units);
        }
    }

    /** The family a measurand's values belong to, so an adapter can refuse a unit that does not fit. */
    public static Family familyOf(Measurand measurand) {
        return switch (measurand) {
            case INTERVAL_VOLUME, REGISTER -> Family.VOLUME;
            case FLOW -> Family.FLOW;
            case PRESSURE -> Family.PRESSURE;
            case LEVEL -> Family.LEVEL;
            case CHLORINE -> Family.CONCENTRATION;
            case TURBIDITY -> Family.TURBIDITY;
            case PH -> Family.PH;
            case CONDUCTIVITY -> Family.CONDUCTIVITY;
            case TEMPERATURE -> Family.TEMPERATURE;
            case PUMP_RUNNING -> Family.STATE;
        };
    }
}
