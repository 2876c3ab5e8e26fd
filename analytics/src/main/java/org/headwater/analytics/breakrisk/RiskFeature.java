package org.headwater.analytics.breakrisk;

/**
 * The inputs of the boosted model, each known at the reference date from the asset register and
 * the breaks up to that date. CONDITION_SCORE and CRITICALITY are absent on purpose: the register
 * is a later snapshot and those scores are revised after breaks.
 */
public enum RiskFeature {
    MATERIAL("material", true),
    DIAMETER_MM("diameter mm", false),
    LENGTH_M("length m", false),
    INSTALL_YEAR("install year", false),
    AGE_YEARS("age years", false),
    BREAKS_ON_PIPE("prior breaks on pipe", false),
    BREAKS_LAST_3_YEARS("breaks in last 3 years", false),
    YEARS_SINCE_LAST_BREAK("years since last break", false),
    BREAKS_BEFORE_INSTALL("breaks on the pipe it replaced", false),
    ROAD_SEGMENT_BREAKS("breaks on other mains in the same street segment", false),
    PRESSURE_ZONE("pressure zone", true),
    LINED("lined", false),
    SHALLOW("shallow main", false);

    private final String label;
    private final boolean categorical;

    RiskFeature(String label, boolean categorical) {
        this.label = label;
        this.categorical = categorical;
    }

    /** Words for the superintendent's list. */
    public String label() {
        return label;
    }

    public boolean categorical() {
        return categorical;
    }
}
