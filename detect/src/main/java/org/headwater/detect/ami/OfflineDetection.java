package org.headwater.detect.ami;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.IncidentEvent;
import org.headwater.alert.IncidentKind;
import org.headwater.alert.Thresholds;
import org.headwater.detect.incident.GroupingRules;
import org.headwater.detect.incident.IncidentGrouper;
import org.headwater.detect.incident.Proximity;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.TelemetrySink;

/**
 * Runs the detector chain over a whole reads file, as {@code ./headwater detect FILE} does: every
 * batch the reader delivers is accepted, everything is detected in event-time order at the end, and
 * the clock is then set to the newest reading so meters that fell silent before the end of the file
 * are non-reporting. Counts meter-days (days in the utility's zone on which a meter sent anything)
 * and groups the alerts into incidents.
 */
public final class OfflineDetection implements TelemetrySink {

    /** What a run found. */
    public record Report(
            List<Alert> alerts,
            Map<AlertType, Integer> alertsByType,
            Map<IncidentKind, Integer> incidentsByKind,
            long meterDays,
            long readings,
            long quarantined) {

        public Report {
            alerts = List.copyOf(alerts);
            alertsByType = Map.copyOf(alertsByType);
            incidentsByKind = Map.copyOf(incidentsByKind);
        }

        /** Alerts of one type per 1,000 meter-days. */
        public double perThousandMeterDays(AlertType type) {
            return meterDays == 0 ? 0 : alertsByType.getOrDefault(type, 0) * 1000.0 / meterDays;
        }
    }

    private final DetectorChain chain;
    private final ZoneId zone;
    private final Map<String, BitSet> daysByMeter = new HashMap<>();
    private long readings;
    private long quarantined;
    private Instant newest = Instant.EPOCH;

    public OfflineDetection(SourceDirectory directory, Thresholds thresholds, ZoneId utilityZone, Clock clock) {
        this.zone = Objects.requireNonNull(utilityZone, "utilityZone");
        this.chain = new DetectorChain(directory, thresholds, new ChainSettings(java.time.Duration.ZERO, zone), clock);
    }

    @Override
    public void accept(IngestBatch batch) {
        quarantined += batch.rejected().size();
        readings += batch.readings().size();
        for (Reading r : batch.readings()) {
            // A reading at midnight closes the day before, as in UseDay.
            long day = r.time().minusMillis(1).atZone(zone).toLocalDate().toEpochDay();
            daysByMeter.computeIfAbsent(r.sourceId(), k -> new BitSet()).set((int) day);
            if (r.time().isAfter(newest)) {
                newest = r.time();
            }
        }
        chain.accept(batch.readings(), batch.events());
    }

    /** Detects everything accepted and reports. */
    public Report finish() {
        List<AlertEvent> events = new ArrayList<>(chain.flush().alertEvents());
        events.addAll(chain.advanceTo(newest).alertEvents());
        List<Alert> alerts = new ArrayList<>();
        Map<AlertType, Integer> byType = new EnumMap<>(AlertType.class);
        for (AlertEvent e : events) {
            if (e instanceof AlertEvent.AlertRaised raised) {
                alerts.add(raised.alert());
                byType.merge(raised.alert().type(), 1, Integer::sum);
            }
        }
        long meterDays =
                daysByMeter.values().stream().mapToLong(BitSet::cardinality).sum();
        return new Report(alerts, byType, incidents(alerts), meterDays, readings, quarantined);
    }

    /** Groups the alerts as the server would; without a network, alerts relate by zone and premise only. */
    private Map<IncidentKind, Integer> incidents(List<Alert> alerts) {
        IncidentGrouper grouper = new IncidentGrouper(GroupingRules.defaults(), Proximity.sameZoneOrPremise());
        Map<IncidentKind, Integer> byKind = new EnumMap<>(IncidentKind.class);
        List<IncidentEvent> events = new ArrayList<>();
        alerts.forEach(a -> events.addAll(grouper.onRaised(a)));
        events.addAll(grouper.closeIdle(Instant.MAX));
        for (IncidentEvent e : events) {
            if (e instanceof IncidentEvent.IncidentClosed closed) {
                byKind.merge(closed.incident().kind(), 1, Integer::sum);
            }
        }
        return byKind;
    }
}
