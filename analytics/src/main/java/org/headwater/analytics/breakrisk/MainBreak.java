package org.headwater.analytics.breakrisk;

import java.time.LocalDate;

/** One recorded main break: when, and on which asset (blank when the record names none). */
public record MainBreak(String incidentId, LocalDate date, String assetId, String roadSegmentId) {}
