package org.headwater.analytics.breakrisk;

/** One reason behind a pipe's score: the factor, its value for that pipe, and how much it added. */
public record RiskFactor(String factor, String value, double contribution) {

    /** Short text such as {@code prior breaks on pipe=3 (+0.84)}. */
    public String describe() {
        return "%s=%s (%+.2f)".formatted(factor, value, contribution);
    }
}
