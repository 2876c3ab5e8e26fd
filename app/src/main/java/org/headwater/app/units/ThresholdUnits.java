package org.headwater.app.units;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.headwater.alert.ThresholdKey;
import org.headwater.alert.ThresholdValues;
import org.springframework.stereotype.Component;

/**
 * Thresholds in the utility's unit system: each key's unit spelled as people write it, values shown
 * rounded and typed values converted back to the stored SI value. A value sent back as it was shown
 * keeps its stored precision, so saving a form does not move thresholds nobody touched.
 */
@Component
public class ThresholdUnits {

    private static final double LITRES_PER_US_GALLON = 3.785411784;
    private static final double KPA_PER_PSI = 6.894757293168;

    private final UnitsProperties.UnitSystem system;
    private final Map<ThresholdKey, DisplayUnit> units = new EnumMap<>(ThresholdKey.class);

    public ThresholdUnits(UnitsProperties properties) {
        this.system = properties.system();
        for (ThresholdKey key : ThresholdKey.values()) {
            units.put(key, unitFor(key.unit(), system));
        }
    }

    public UnitsProperties.UnitSystem system() {
        return system;
    }

    public DisplayUnit unitOf(ThresholdKey key) {
        return units.get(key);
    }

    /**
     * The field's name for people, without the volume or pressure unit its identifier carries (the unit
     * is shown beside it, in the configured system): "Pressure min" for pressure_min_kpa.
     */
    public static String label(ThresholdKey key) {
        String words = key.fieldName()
                .replaceAll("_(litres_per_hour|litres_per_day|litres|kpa)$", "")
                .replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** Shown values by field name. */
    public Map<String, Double> shown(ThresholdValues values) {
        Map<String, Double> fields = new LinkedHashMap<>();
        values.asMap()
                .forEach((key, value) -> fields.put(key.fieldName(), unitOf(key).shown(value)));
        return fields;
    }

    /**
     * Typed values (by field name, in this unit system) as stored values; {@code current} are the values
     * stored at the scope now. Unknown fields and non-numbers are left to {@link ThresholdValues#parse},
     * which names them.
     */
    public Map<String, String> toStored(Map<String, String> typed, ThresholdValues current) {
        Map<String, String> stored = new LinkedHashMap<>();
        typed.forEach((field, text) -> {
            ThresholdKey key = ThresholdKey.byFieldName(field).orElse(null);
            Double value = key == null ? null : number(text);
            if (value == null) {
                stored.put(field, text);
                return;
            }
            DisplayUnit unit = unitOf(key);
            Double was = current.get(key).orElse(null);
            boolean untouched = was != null && unit.shown(was) == value;
            stored.put(field, Double.toString(untouched ? was : unit.canonical(value)));
        });
        return stored;
    }

    private static Double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static DisplayUnit unitFor(String canonical, UnitsProperties.UnitSystem system) {
        boolean us = system == UnitsProperties.UnitSystem.US_CUSTOMARY;
        return switch (canonical) {
            case "L" -> us ? new DisplayUnit("gal", 1 / LITRES_PER_US_GALLON) : new DisplayUnit("L", 1);
            case "L/h" -> us ? new DisplayUnit("gal/h", 1 / LITRES_PER_US_GALLON) : new DisplayUnit("L/h", 1);
            case "L/d" -> us ? new DisplayUnit("gal/d", 1 / LITRES_PER_US_GALLON) : new DisplayUnit("L/d", 1);
            case "kPa" -> us ? new DisplayUnit("psi", 1 / KPA_PER_PSI) : new DisplayUnit("kPa", 1);
            default -> new DisplayUnit(canonical, 1);
        };
    }
}
