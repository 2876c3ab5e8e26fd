package org.headwater.alert;

import java.util.Locale;
import java.util.Objects;
import org.headwater.network.MeterSpec;

/**
 * Meters that share thresholds: type (mechanical or solid-state, EPA section 3.1) and nominal size.
 * Written {@code SOLID_STATE/0.625} in configuration.
 */
public record MeterClass(MeterSpec.MeterType type, double sizeInches) {

    public MeterClass {
        Objects.requireNonNull(type, "type");
        if (!(sizeInches > 0) || !Double.isFinite(sizeInches)) {
            throw new IllegalArgumentException(
                    "meterClass size must be a positive number of inches, got " + sizeInches);
        }
    }

    public static MeterClass of(MeterSpec spec) {
        return new MeterClass(spec.type(), spec.sizeInches());
    }

    /**
     * Parses {@code TYPE/SIZE}, e.g. {@code MECHANICAL/1.5}.
     *
     * @throws IllegalArgumentException naming the field {@code meterClass} and the text
     */
    public static MeterClass parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("meterClass must look like SOLID_STATE/0.625, got '" + text + "'");
        }
        MeterSpec.MeterType type;
        try {
            type = MeterSpec.MeterType.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "meterClass has unknown meter type '" + parts[0] + "' in '" + text
                            + "' (known: MECHANICAL, SOLID_STATE)",
                    e);
        }
        try {
            return new MeterClass(type, Double.parseDouble(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("meterClass size is not a number in '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return type + "/" + sizeInches;
    }
}
