package org.headwater.detect.dma;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * Minimum night flow analysis against the demand forecast: at night a DMA's inflow is mostly
 * leakage, so a night flow above what the area's forecast expects is a candidate leak or burst
 * (minimum night flow analysis, the standard DMA leakage method of the IWA water balance).
 *
 * <p>Per area and night (see {@link NightFlow}): the mean inflow over the night window is compared
 * with the limit from the forecast issued for those hours (its upper interval bound, else forecast
 * x (1 + excess ratio)). {@code nights} consecutive nights above the limit raise one
 * {@link AlertType#DMA_NIGHT_FLOW} alert at the end of the last night's window; it stays the area's
 * only open one until a night is back within the limit, which clears it. A night without data (no
 * actual or no forecast for an hour of the window) is no evidence: it neither raises nor clears,
 * and it breaks a run of nights above the limit, since the nights must be consecutive.
 *
 * <p>Feed nights per area in date order; a night not after the last one fed is ignored, so a
 * restart may re-feed recent nights.
 */
public final class NightFlowRule {

    /** The detector name alerts carry. */
    public static final String DETECTOR = "NightFlowRule";

    private final Map<String, AreaNights> areas = new HashMap<>();

    /** After a restart: an active night-flow alert keeps its area's condition open. */
    public void restore(Alert active) {
        if (active.type() == AlertType.DMA_NIGHT_FLOW && active.clearedAt() == null) {
            area(active.sourceId()).open = active;
        }
    }

    /** Judges one night of one area; returns the alert raised or cleared by it, if any. */
    public List<AlertEvent> evaluate(NightFlow night, NightFlowSettings settings, long thresholdVersion) {
        AreaNights area = area(night.areaId());
        boolean alreadySeen = area.lastNight != null && !night.night().isAfter(area.lastNight);
        // History from before an open alert's own time cannot clear it (it was judged already).
        boolean beforeOpen = area.open != null && !night.windowEnd().isAfter(area.open.time());
        if (alreadySeen || beforeOpen) {
            return List.of();
        }
        boolean consecutive =
                area.lastNight != null && area.lastNight.plusDays(1).equals(night.night());
        area.lastNight = night.night();
        if (!night.hasEvidence()) {
            area.run.clear();
            return List.of();
        }
        if (!night.exceedsLimit()) {
            area.run.clear();
            return clear(area, night);
        }
        if (!consecutive) {
            area.run.clear();
        }
        area.run.add(night);
        if (area.open != null || area.run.size() < settings.nights()) {
            return List.of();
        }
        area.open = alertOf(area.run.subList(area.run.size() - settings.nights(), area.run.size()), thresholdVersion);
        return List.of(new AlertEvent.AlertRaised(area.open));
    }

    private static List<AlertEvent> clear(AreaNights area, NightFlow night) {
        Alert open = area.open;
        if (open == null) {
            return List.of();
        }
        area.open = null;
        return List.of(new AlertEvent.AlertCleared(
                open.id(),
                open.conditionKey(),
                night.windowEnd(),
                "night flow back within its limit on " + night.describe()));
    }

    private static Alert alertOf(List<NightFlow> nights, long thresholdVersion) {
        NightFlow last = nights.getLast();
        String summary = "Night flow of " + last.areaId() + " above its forecast limit on " + nights.size()
                + " consecutive nights: "
                + nights.stream().map(NightFlow::describe).collect(Collectors.joining("; "));
        return new Alert(
                Alert.idOf(last.areaId(), AlertType.DMA_NIGHT_FLOW, last.windowEnd()),
                AlertType.DMA_NIGHT_FLOW,
                AlertType.DMA_NIGHT_FLOW.defaultSeverity(),
                last.areaId(),
                null,
                last.areaId(),
                null,
                last.windowEnd(),
                Evidence.summary(summary),
                DETECTOR,
                thresholdVersion,
                null,
                AlertState.OPEN,
                null);
    }

    private AreaNights area(String areaId) {
        return areas.computeIfAbsent(areaId, id -> new AreaNights());
    }

    /** One area's recent nights above the limit and its open alert. */
    private static final class AreaNights {
        private final List<NightFlow> run = new ArrayList<>();
        private @Nullable LocalDate lastNight;
        private @Nullable Alert open;
    }
}
