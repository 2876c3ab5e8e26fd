package org.headwater.ingest.reads;

import java.nio.charset.StandardCharsets;

/**
 * Parses a decimal number from bytes without creating a String: plain decimals of up to 15
 * significant digits (every meter value) are computed exactly and rounded once; anything else
 * (exponents, longer mantissas) falls back to {@link Double#parseDouble}.
 */
final class DecimalBytes {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    private DecimalBytes() {}

    /** @throws NumberFormatException naming the text when it is not a number */
    static double parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean point = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (point) {
                    fractionDigits++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return slow(b, from, to);
            }
        }
        if (digits == 0) {
            throw new NumberFormatException("\"" + text(b, from, to) + "\" is not a number");
        }
        if (digits > 15) {
            return slow(b, from, to);
        }
        double value = mantissa / POWERS_OF_TEN[fractionDigits];
        return negative ? -value : value;
    }

    private static double slow(byte[] b, int from, int to) {
        String text = text(b, from, to);
        // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing "d" or "f": not meter values.
        if (!text.chars()
                .allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
            throw new NumberFormatException("\"" + text + "\" is not a number");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("\"" + text + "\" is not a number");
        }
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}
