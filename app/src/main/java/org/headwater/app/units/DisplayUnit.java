package org.headwater.app.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A unit as people read it ({@code kPa}, {@code L/h}, {@code gal}) and its factor from the stored
 * canonical unit: shown = canonical × {@code perCanonical}.
 */
public record DisplayUnit(String symbol, double perCanonical) {

    public DisplayUnit {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        if (!(perCanonical > 0) || !Double.isFinite(perCanonical)) {
            throw new IllegalArgumentException("perCanonical must be > 0: " + perCanonical);
        }
    }

    /** The stored value in this unit, rounded for reading ({@link #rounded}). */
    public double shown(double canonical) {
        return rounded(canonical * perCanonical);
    }

    /** A value typed in this unit, back in the canonical unit. */
    public double canonical(double shown) {
        return shown / perCanonical;
    }

    /**
     * Three significant digits, never fewer than the whole number: 3.785 → 3.79, 137.9 → 138, 0.5208 →
     * 0.521, 827.4 → 827, 1234.5 → 1235. Enough to set any threshold, and no conversion noise.
     */
    public static double rounded(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        int wholeDigits = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
        int decimals = Math.max(0, 3 - wholeDigits);
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
