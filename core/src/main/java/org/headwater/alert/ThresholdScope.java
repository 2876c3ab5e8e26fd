package org.headwater.alert;

import java.util.Objects;

/** Where a set of threshold values applies; the most specific scope wins: meter, then meter class, then system. */
public sealed interface ThresholdScope {

    /**
     * Parses the written form: {@code system}, {@code class:TYPE/SIZE} or {@code meter:ID}.
     *
     * @throws IllegalArgumentException naming the field {@code scope} and the text
     */
    static ThresholdScope parse(String text) {
        if (text.equals("system")) {
            return new SystemWide();
        }
        if (text.startsWith("class:")) {
            return new ForMeterClass(MeterClass.parse(text.substring("class:".length())));
        }
        if (text.startsWith("meter:") && text.length() > "meter:".length()) {
            return new ForMeter(text.substring("meter:".length()));
        }
        throw new IllegalArgumentException(
                "scope must be 'system', 'class:TYPE/SIZE' or 'meter:ID', got '" + text + "'");
    }

    /** The written form that {@link #parse} reads back. */
    static String format(ThresholdScope scope) {
        return switch (scope) {
            case SystemWide ignored -> "system";
            case ForMeterClass c -> "class:" + c.meterClass();
            case ForMeter m -> "meter:" + m.meterId();
        };
    }

    /** The system-wide defaults. */
    record SystemWide() implements ThresholdScope {
        @Override
        public String toString() {
            return "system";
        }
    }

    /** All meters of one class. */
    record ForMeterClass(MeterClass meterClass) implements ThresholdScope {
        public ForMeterClass {
            Objects.requireNonNull(meterClass, "meterClass");
        }

        @Override
        public String toString() {
            return "class " + meterClass;
        }
    }

    /** One meter or sensor. */
    record ForMeter(String meterId) implements ThresholdScope {
        public ForMeter {
            Objects.requireNonNull(meterId, "meterId");
            if (meterId.isBlank()) {
                throw new IllegalArgumentException("meterId must not be blank");
            }
        }

        @Override
        public String toString() {
            return "meter " + meterId;
        }
    }

    static ThresholdScope system() {
        return new SystemWide();
    }
}
