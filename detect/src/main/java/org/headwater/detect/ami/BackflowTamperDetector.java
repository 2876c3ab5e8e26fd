package org.headwater.detect.ami;

import java.util.HashMap;
import java.util.Map;
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
 */
final class BackflowTamperDetector {

    static final String NAME = "backflow-and-tamper";

    private static final class Premise {
        long lastBackflowMillis = Long.MIN_VALUE;
        long lastTamperMillis = Long.MIN_VALUE;
        String lastBackflowId = "";
        String lastTamperId = "";
        int active;
        @Nullable String openAlertId;
    }

    private final Map<String, Premise> premises = new HashMap<>();

    static boolean concerns(AlertType type) {
        return type == AlertType.BACKFLOW || type == AlertType.TAMPER;
    }

    void onRaised(MeterTrack track, Alert alert, DetectorChain chain) {
        String premiseId = track.profile().premiseOrSource();
        Premise p = premises.computeIfAbsent(premiseId, k -> new Premise());
        p.active++;
        long time = alert.time().toEpochMilli();
        long other;
        if (alert.type() == AlertType.BACKFLOW) {
            p.lastBackflowMillis = Math.max(p.lastBackflowMillis, time);
            p.lastBackflowId = alert.id();
            other = p.lastTamperMillis;
        } else {
            p.lastTamperMillis = Math.max(p.lastTamperMillis, time);
            p.lastTamperId = alert.id();
            other = p.lastBackflowMillis;
        }
        long window = Millis.ofHours(track.thresholds().get(ThresholdKey.BACKFLOW_TAMPER_WINDOW_HOURS));
        if (other != Long.MIN_VALUE && Math.abs(time - other) <= window && p.openAlertId == null) {
            String summary = "backflow " + p.lastBackflowId + " and tamper " + p.lastTamperId + " at premise "
                    + premiseId + " within " + window / Millis.HOUR + " h";
            p.openAlertId = chain.emitPremiseRaised(premiseId, track, Math.max(time, other), summary);
        }
    }

    void onCleared(MeterTrack track, long timeMillis, DetectorChain chain) {
        String premiseId = track.profile().premiseOrSource();
        Premise p = premises.get(premiseId);
        if (p == null) {
            return;
        }
        p.active = Math.max(0, p.active - 1);
        if (p.active == 0 && p.openAlertId != null) {
            chain.emitPremiseCleared(premiseId, p.openAlertId, timeMillis);
            p.openAlertId = null;
        }
    }

    /** After a restart: an open backflow or tamper alert of a meter at the premise. */
    void restoreComponent(MeterTrack track, Alert alert) {
        Premise p = premises.computeIfAbsent(track.profile().premiseOrSource(), k -> new Premise());
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
