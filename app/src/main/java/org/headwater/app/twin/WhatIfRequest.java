package org.headwater.app.twin;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A what-if question over HTTP.
 *
 * @param actions what to change: {@code CLOSE_LINK} (a pipe or valve), {@code STOP_PUMP}, {@code BREAK_PIPE}
 * @param durationHours how far to look ahead (default 24, at most 168)
 * @param minimumPressurePsi the service pressure below which a node is affected (default: the server's, 20)
 * @param start from when; only its time of day in the utility's zone matters (default: now)
 */
record WhatIfRequest(
        @Nullable List<Action> actions,
        @Nullable Double durationHours,
        @Nullable Double minimumPressurePsi,
        @Nullable Instant start) {

    /**
     * @param element the network element id (as the map and {@code /api/v1/network/elements} name it)
     * @param openingFraction for a break: the opening as a fraction of the pipe's bore (default 0.1)
     */
    record Action(
            @Nullable String action,
            @Nullable String element,
            @Nullable Double openingFraction) {}
}
