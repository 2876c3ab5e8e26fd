package org.headwater.hydraulics.twin;

import java.util.List;

/**
 * A what-if question: the interventions, how long to look ahead from which time of day, and the
 * minimum service pressure below which a node counts as affected (20 psi is the usual state minimum).
 */
public record WhatIfScenario(
        List<Intervention> interventions, long durationSeconds, long startSecondsOfDay, double minimumPressurePsi) {

    /** The longest look-ahead: a week, enough for any tank to drain and small enough to stay quick. */
    public static final long MAX_DURATION_SECONDS = 7 * 86_400L;

    public WhatIfScenario {
        interventions = List.copyOf(interventions);
        if (interventions.isEmpty()) {
            throw new IllegalArgumentException("actions must name at least one action");
        }
        if (durationSeconds < 3600 || durationSeconds > MAX_DURATION_SECONDS) {
            throw new IllegalArgumentException("duration must be between 1 h and 168 h, was " + durationSeconds + " s");
        }
        if (startSecondsOfDay < 0 || startSecondsOfDay >= 86_400) {
            throw new IllegalArgumentException("start time of day must be in [0, 86400) s, was " + startSecondsOfDay);
        }
        if (!(minimumPressurePsi > 0 && minimumPressurePsi <= 200)) {
            throw new IllegalArgumentException("minimumPressurePsi must be in (0, 200], was " + minimumPressurePsi);
        }
    }
}
