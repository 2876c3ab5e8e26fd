package org.headwater.analytics.breakrisk;

import java.util.Locale;

/** One reason behind a pipe's score: the factor, its value for that pipe, and how much it added. */
public record RiskFactor(String factor, String value, double contribution) {

    /** Short text such as {@code prior breaks on pipe=3 (+0.84)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s=%s (%+.2f)", factor, value, contribution);
    }
}
