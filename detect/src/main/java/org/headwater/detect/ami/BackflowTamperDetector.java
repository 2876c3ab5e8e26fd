package org.headwater.detect.ami;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.alert.ThresholdKey;
import org.jspecify.annotations.Nullable;

/**
 * Backflow and tampering at one premise within {@code backflow_tamper_window_hours} of each other
 * (EPA section 2: "the combination of backflow and tampering alerts could indicate an intentional
 * injection of contamination"; section 6.1: investigate immediately). Raised once per premise at the
 * later of the two alert times with the highest severity; clears when no backflow or tamper alert of
 * the premise is open any more. A reversed meter is not tampering here (EPA table 6-1: employee error).
 *
 * <p>A premise may have several meters detected in any order, so their backflow and tamper alerts
 * are collected and judged in event-time order only up to the time every meter of the premise has
 * been detected to: the combination never depends on which meter's readings were processed first.
 */
final class BackflowTamperDetector {

    static final String NAME = "backflow-and-tamper";

    private record Component(long timeMillis, boolean raised, AlertType type, String alertId, MeterTrack track) {}

    private static final Comparator<Component> EVENT_TIME_ORDER = Comparator.comparingLong(Component::timeMillis)
            .thenComparing(c -> c.raised() ? 0 : 1)
            .thenComparing(c -> c.track().profile().sourceId())
            .thenComparing(Component::type);

    private static final class Premise {
        final Set<MeterTrack> meters = new LinkedHashSet<>();
        final List<Component> waiting = new ArrayList<>();
        long lastBackflowMillis = Long.MIN_VALUE;
        long lastTamperMillis = Long.MIN_VALUE;
        String lastBackflowId = "";
        String lastTamperId = "";
        int active;

        @Nullable
        String openAlertId;
    }

    private final Map<String, Premise> premises = new TreeMap<>();
    private final Map<String, Premise> waitingPremises = new HashMap<>();

    static boolean concerns(AlertType type) {
        return type == AlertType.BACKFLOW || type == AlertType.TAMPER;
    }

    /** Every meter with a premise registers, so the premise knows whose progress to wait for. */
    void register(MeterTrack track) {
        premise(track).meters.add(track);
    }

    /** A meter's state was rebuilt: wait for the new track's progress instead of the old one's. */
    void replace(MeterTrack old, MeterTrack rebuilt) {
        Premise p = premise(old);
        p.meters.remove(old);
        p.meters.add(rebuilt);
    }

    void onRaised(MeterTrack track, Alert alert) {
        record(track, new Component(alert.time().toEpochMilli(), true, alert.type(), alert.id(), track));
    }

    void onCleared(MeterTrack track, AlertType type, String alertId, long timeMillis) {
        record(track, new Component(timeMillis, false, type, alertId, track));
    }

    private void record(MeterTrack track, Component component) {
        Premise p = premise(track);
        p.waiting.add(component);
        waitingPremises.put(track.profile().premiseOrSource(), p);
    }

    private Premise premise(MeterTrack track) {
        return premises.computeIfAbsent(track.profile().premiseOrSource(), k -> new Premise());
    }

    /** Judges what every meter of each premise has been detected to ({@code everything}: all of it). */
    void judge(DetectorChain chain, boolean everything) {
        if (waitingPremises.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Premise> e : new TreeMap<>(waitingPremises).entrySet()) {
            Premise p = e.getValue();
            long detectedTo = Long.MAX_VALUE;
            if (!everything) {
                for (MeterTrack meter : p.meters) {
                    detectedTo = Math.min(detectedTo, meter.detectedUpTo);
                }
            }
            p.waiting.sort(EVENT_TIME_ORDER);
            int judged = 0;
            while (judged < p.waiting.size() && p.waiting.get(judged).timeMillis() <= detectedTo) {
                judge(chain, e.getKey(), p, p.waiting.get(judged));
                judged++;
            }
            p.waiting.subList(0, judged).clear();
            if (p.waiting.isEmpty()) {
                waitingPremises.remove(e.getKey());
            }
        }
    }

    private void judge(DetectorChain chain, String premiseId, Premise p, Component c) {
        if (!c.raised()) {
            p.active = Math.max(0, p.active - 1);
            if (p.active == 0 && p.openAlertId != null) {
                chain.emitPremiseCleared(premiseId, p.openAlertId, c.timeMillis());
                p.openAlertId = null;
            }
            return;
        }
        p.active++;
        long other;
        if (c.type() == AlertType.BACKFLOW) {
            p.lastBackflowMillis = c.timeMillis();
            p.lastBackflowId = c.alertId();
            other = p.lastTamperMillis;
        } else {
            p.lastTamperMillis = c.timeMillis();
            p.lastTamperId = c.alertId();
            other = p.lastBackflowMillis;
        }
        long window = Millis.ofHours(c.track().thresholds().get(ThresholdKey.BACKFLOW_TAMPER_WINDOW_HOURS));
        if (other != Long.MIN_VALUE && c.timeMillis() - other <= window && p.openAlertId == null) {
            String summary = "backflow " + p.lastBackflowId + " and tamper " + p.lastTamperId + " at premise "
                    + premiseId + " within " + window / Millis.HOUR + " h";
            p.openAlertId = chain.emitPremiseRaised(premiseId, c.track(), c.timeMillis(), summary);
        }
    }

    /** After a restart: an open backflow or tamper alert of a meter at the premise. */
    void restoreComponent(MeterTrack track, Alert alert) {
        Premise p = premise(track);
        p.active++;
        long time = alert.time().toEpochMilli();
        if (alert.type() == AlertType.BACKFLOW) {
            p.lastBackflowMillis = Math.max(p.lastBackflowMillis, time);
            p.lastBackflowId = alert.id();
        } else {
            p.lastTamperMillis = Math.max(p.lastTamperMillis, time);
            p.lastTamperId = alert.id();
        }
    }

    /** After a restart: the premise's open combination alert. */
    void restoreCombination(String premiseId, String alertId) {
        premises.computeIfAbsent(premiseId, k -> new Premise()).openAlertId = alertId;
    }

    void forget(String premiseId) {
        Premise p = premises.get(premiseId);
        if (p != null) {
            p.openAlertId = null;
        }
    }
}
