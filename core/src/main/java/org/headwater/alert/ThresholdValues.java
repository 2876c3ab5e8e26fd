package org.headwater.alert;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A partial set of validated threshold values, as set at one {@link ThresholdScope}. Keys that are
 * absent fall through to the next wider scope.
 */
public final class ThresholdValues {

    private static final ThresholdValues NONE = new ThresholdValues(new EnumMap<>(ThresholdKey.class));

    private final Map<ThresholdKey, Double> values;

    private ThresholdValues(EnumMap<ThresholdKey, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static ThresholdValues none() {
        return NONE;
    }

    /** @throws IllegalArgumentException naming the first field whose value is out of range */
    public static ThresholdValues of(Map<ThresholdKey, Double> values) {
        EnumMap<ThresholdKey, Double> checked = new EnumMap<>(ThresholdKey.class);
        values.forEach((key, value) -> checked.put(key, key.validate(value)));
        return new ThresholdValues(checked);
    }

    /**
     * Parses field names and numbers as they come from configuration or the API.
     *
     * @throws IllegalArgumentException naming an unknown field, a non-number or an out-of-range value
     */
    public static ThresholdValues parse(Map<String, String> fields) {
        EnumMap<ThresholdKey, Double> parsed = new EnumMap<>(ThresholdKey.class);
        fields.forEach((name, text) -> {
            ThresholdKey key = ThresholdKey.byFieldName(name)
                    .orElseThrow(() -> new IllegalArgumentException("unknown threshold field '" + name + "'"));
            if (text == null) {
                // JSON null: the API hands it over as it came
                throw new IllegalArgumentException(key.fieldName() + " has no value: give a number");
            }
            double value;
            try {
                value = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key.fieldName() + " is not a number: '" + text + "'", e);
            }
            parsed.put(key, key.validate(value));
        });
        return new ThresholdValues(parsed);
    }

    public Optional<Double> get(ThresholdKey key) {
        return Optional.ofNullable(values.get(key));
    }

    public Map<ThresholdKey, Double> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThresholdValues v && v.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
