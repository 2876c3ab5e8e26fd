package org.headwater.alert;

import java.util.Objects;

/** Where a set of threshold values applies; the most specific scope wins: meter, then meter class, then system. */
public sealed interface ThresholdScope {

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
