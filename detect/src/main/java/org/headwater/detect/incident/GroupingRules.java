package org.headwater.detect.incident;

import java.time.Duration;
import java.util.Objects;

/**
 * When alerts belong to one incident.
 *
 * @param window an alert joins an incident whose latest alert is at most this much earlier; an
 *     incident closes when this much time has passed without a new alert
 * @param distanceMetres alerts this close to a member are related
 * @param pipeHops alerts whose service attachments are connected through at most this many pipes,
 *     valves or pumps are related
 * @param backflowMetersForSystemEvent distinct meters with backflow that, with a pressure alert in the
 *     incident, make it a distribution system event (EPA section 2 / 6.1: backflow at several meters
 *     and abnormal pressure in the area)
 * @param metersForOutage distinct non-reporting meters that make an outage (EPA Hurricane Sandy example)
 * @param patternWindow alerts of different types (pressure and backflow, pressure and water quality,
 *     backflow and water quality) share an incident only when at most this far apart in time
 *     ({@link IncidentPatterns})
 */
public record GroupingRules(
        Duration window,
        double distanceMetres,
        int pipeHops,
        int backflowMetersForSystemEvent,
        int metersForOutage,
        Duration patternWindow) {

    /** Rules with the default 2 h pattern window. */
    public GroupingRules(
            Duration window,
            double distanceMetres,
            int pipeHops,
            int backflowMetersForSystemEvent,
            int metersForOutage) {
        this(window, distanceMetres, pipeHops, backflowMetersForSystemEvent, metersForOutage, Duration.ofHours(2));
    }

    public GroupingRules {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (!(distanceMetres >= 0) || !Double.isFinite(distanceMetres)) {
            throw new IllegalArgumentException("distanceMetres must be >= 0: " + distanceMetres);
        }
        if (pipeHops < 0) {
            throw new IllegalArgumentException("pipeHops must be >= 0: " + pipeHops);
        }
        if (backflowMetersForSystemEvent < 1) {
            throw new IllegalArgumentException(
                    "backflowMetersForSystemEvent must be >= 1: " + backflowMetersForSystemEvent);
        }
        if (metersForOutage < 2) {
            throw new IllegalArgumentException("metersForOutage must be >= 2: " + metersForOutage);
        }
        Objects.requireNonNull(patternWindow, "patternWindow");
        if (patternWindow.isNegative() || patternWindow.compareTo(window) > 0) {
            throw new IllegalArgumentException(
                    "patternWindow must be between 0 and the window " + window + ": " + patternWindow);
        }
    }

    /** 6 h window, 500 m, 3 pipes, 2 backflow meters plus a pressure alert, 3 silent meters, 2 h between types. */
    public static GroupingRules defaults() {
        return new GroupingRules(Duration.ofHours(6), 500, 3, 2, 3, Duration.ofHours(2));
    }
}
