package org.headwater.app.investigate;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertQuery;
import org.headwater.alert.AlertType;
import org.headwater.alert.Alerts;
import org.headwater.investigate.EvidenceFacts;
import org.headwater.investigate.LikelyCauses;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Readings;
import org.springframework.stereotype.Component;

/**
 * Gathers the data-review evidence of EPA section 6.1 for an alert: the meter's reads and alarms,
 * other alerts in its zone, and its history, and from them the likely causes.
 */
@Component
public class EvidenceGathering {

    /** How far around the alert reads and zone alerts are looked at. */
    static final Duration AROUND = Duration.ofHours(24);
    /** How recent an installation or replacement counts as "recent meter installation" (section 6.1). */
    static final Duration RECENT_SERVICE = Duration.ofDays(30);

    private static final int SEARCH_LIMIT = 500;

    private final Readings readings;
    private final MeterEvents meterEvents;
    private final Alerts alerts;
    private final LikelyCauses likelyCauses;

    EvidenceGathering(Readings readings, MeterEvents meterEvents, Alerts alerts, LikelyCauses likelyCauses) {
        this.readings = readings;
        this.meterEvents = meterEvents;
        this.alerts = alerts;
        this.likelyCauses = likelyCauses;
    }

    public GatheredEvidence gather(Alert alert) {
        Instant t = alert.time();
        List<MeterEvent> alarms = meterEvents.between(alert.sourceId(), t.minus(RECENT_SERVICE), t.plus(AROUND));
        List<Alert> zoneAlerts = alert.zoneId() == null
                ? List.of()
                : alerts
                        .search(new AlertQuery(null, null, null, null, t.minus(AROUND), t.plus(AROUND), SEARCH_LIMIT))
                        .stream()
                        .filter(a -> Objects.equals(a.zoneId(), alert.zoneId()) && !a.id().equals(alert.id()))
                        .toList();
        List<Alert> earlier = alerts.search(new AlertQuery(null, null, null, alert.sourceId(), null, t, SEARCH_LIMIT));
        Set<AlarmCode> codes = EnumSet.noneOf(AlarmCode.class);
        alarms.forEach(event -> codes.add(event.code()));
        EvidenceFacts facts = new EvidenceFacts(
                codes,
                codes.contains(AlarmCode.METER_REPLACED),
                earlier.stream().anyMatch(a -> a.type().family() == AlertType.Family.TAMPER),
                (int) zoneAlerts.stream().filter(a -> !a.type().isPressure()).count(),
                (int) zoneAlerts.stream().filter(a -> a.type().isPressure()).count(),
                // no work-order store yet: nearby utility work cannot be seen
                false);
        return new GatheredEvidence(
                readings.between(alert.sourceId(), Measurand.INTERVAL_VOLUME, t.minus(AROUND), t.plus(AROUND)),
                alarms,
                zoneAlerts,
                earlier,
                facts,
                likelyCauses.suggest(alert, facts));
    }
}
