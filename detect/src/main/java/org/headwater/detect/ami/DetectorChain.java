package org.headwater.detect.ami;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.alert.Evidence;
import org.headwater.alert.ResolvedThresholds;
import org.headwater.alert.Severity;
import org.headwater.alert.Thresholds;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.jspecify.annotations.Nullable;

/**
 * Every AMI detector behind one door: give it readings and meter events in any order and in batches
 * of any size ({@link #accept}), then {@link #advanceTo} a time; it detects each meter's inputs in
 * event-time order and returns the alerts raised and cleared. The alerts depend only on the inputs
 * (not on arrival order or batch boundaries) as long as no input arrives more than
 * {@link ChainSettings#allowedLateness()} behind its meter's newest event time; later ones are
 * returned as late, not detected. Not thread-safe: run one chain per partition of meters.
 *
 * <p>Handles INTERVAL_VOLUME, REGISTER and PRESSURE readings; other measurands belong to other
 * detectors and are passed over.
 */
public final class DetectorChain {

    private final SourceDirectory directory;
    private final Thresholds thresholds;
    private final ChainSettings settings;
    private final Clock clock;
    private final Detectors detectors = new Detectors();
    private final UtilityDays utilityDays;
    private final BackflowTamperDetector premises = new BackflowTamperDetector();
    private final Map<String, MeterTrack> tracks = new HashMap<>();
    private final List<MeterTrack> allTracks = new ArrayList<>();
    private final List<MeterTrack> queued = new ArrayList<>();
    private final List<AlertEvent> emitted = new ArrayList<>();
    private final List<RejectedRecord> rejected = new ArrayList<>();
    private final List<Reading> lateReadings = new ArrayList<>();
    private final List<MeterEvent> lateEvents = new ArrayList<>();
    private @Nullable String lastSourceId;
    private @Nullable MeterTrack lastTrack;

    public DetectorChain(SourceDirectory directory, Thresholds thresholds, ChainSettings settings, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.utilityDays = new UtilityDays(settings.utilityZone());
    }

    public ChainSettings settings() {
        return settings;
    }

    UtilityDays utilityDays() {
        return utilityDays;
    }

    /** Accepts then advances to the clock's time. */
    public DetectionResult process(Collection<Reading> readings, Collection<MeterEvent> events) {
        accept(readings, events);
        return advanceTo(clock.instant());
    }

    /** Queues inputs for detection; an unknown meter's input is rejected, a too-late one set aside. */
    public void accept(Collection<Reading> readings, Collection<MeterEvent> events) {
        for (MeterEvent event : events) {
            MeterTrack track = track(event.meterId(), event);
            if (track != null) {
                byte kind = event.code() == AlarmCode.METER_REPLACED ? PendingInputs.REPLACEMENT : PendingInputs.ALARM;
                long time = event.time().toEpochMilli();
                if (time <= track.detectedUpTo) {
                    lateEvents.add(event);
                } else {
                    enqueue(track, time, kind, event.code().ordinal(), event);
                }
            }
        }
        for (Reading reading : readings) {
            byte kind = switch (reading.measurand()) {
                case INTERVAL_VOLUME -> PendingInputs.VOLUME;
                case REGISTER -> PendingInputs.REGISTER;
                case PRESSURE -> PendingInputs.PRESSURE;
                default -> -1;
            };
            if (kind < 0) {
                continue;
            }
            MeterTrack track = track(reading.sourceId(), reading);
            if (track != null) {
                long time = reading.time().toEpochMilli();
                if (time <= track.detectedUpTo) {
                    lateReadings.add(reading);
                } else {
                    enqueue(track, time, kind, reading.value(), null);
                }
            }
        }
    }

    private void enqueue(MeterTrack track, long time, byte kind, double value, @Nullable MeterEvent event) {
        track.pending.add(time, kind, value, event);
        track.newestSeen = Math.max(track.newestSeen, time);
        if (!track.queued) {
            track.queued = true;
            queued.add(track);
        }
    }

    private @Nullable MeterTrack track(String sourceId, Object input) {
        if (sourceId == lastSourceId) { // same instance as the previous input: the usual run of one meter
            return lastTrack;
        }
        MeterTrack track = tracks.get(sourceId);
        if (track == null) {
            Optional<SourceProfile> profile = directory.find(sourceId);
            if (profile.isEmpty()) {
                rejected.add(new RejectedRecord(
                        "detect",
                        -1,
                        input.toString(),
                        RejectionReason.UNKNOWN_METER,
                        "sourceId " + sourceId + " is not a meter or sensor of the network",
                        clock.instant()));
                return null;
            }
            track = new MeterTrack(profile.get(), this, detectors, resolveThresholds(profile.get()));
            tracks.put(sourceId, track);
            allTracks.add(track);
            premises.register(track);
        }
        lastSourceId = sourceId;
        lastTrack = track;
        return track;
    }

    /**
     * Detects every queued input at or before {@code now} minus the allowed lateness (or before its
     * meter's newest event time minus it), then checks for non-reporting meters at {@code now}.
     */
    public DetectionResult advanceTo(Instant now) {
        long nowMillis = now.toEpochMilli();
        long lateness = settings.allowedLateness().toMillis();
        int kept = 0;
        for (int i = 0; i < queued.size(); i++) {
            MeterTrack track = queued.get(i);
            long limit = Math.max(track.newestSeen, nowMillis) - lateness;
            PendingInputs p = track.pending;
            int ready = 0;
            while (ready < p.size && p.times[ready] <= limit) {
                ready++;
            }
            track.detect(ready);
            if (p.size > 0) {
                queued.set(kept++, track); // compacted in place: no allocation per advance
            } else {
                track.queued = false;
            }
        }
        queued.subList(kept, queued.size()).clear();
        for (int i = 0; i < allTracks.size(); i++) {
            MeterTrack track = allTracks.get(i);
            if (track.pending.size == 0) {
                track.onClock(nowMillis);
            }
        }
        premises.judge(this, false);
        return drain();
    }

    /** Advances to the clock's time. */
    public DetectionResult advance() {
        return advanceTo(clock.instant());
    }

    /** Detects everything queued regardless of lateness: the end of an offline run. */
    public DetectionResult flush() {
        for (MeterTrack track : queued) {
            track.detect(track.pending.size);
            track.queued = false;
        }
        queued.clear();
        premises.judge(this, true);
        return drain();
    }

    private DetectionResult drain() {
        emitted.sort(Comparator.comparing(AlertEvent::time)
                .thenComparing(DetectorChain::sourceOf)
                .thenComparing(e -> typeOf(e).ordinal()));
        DetectionResult result = new DetectionResult(emitted, rejected, lateReadings, lateEvents);
        emitted.clear();
        rejected.clear();
        lateReadings.clear();
        lateEvents.clear();
        return result;
    }

    private static String sourceOf(AlertEvent e) {
        return switch (e) {
            case AlertEvent.AlertRaised r -> r.alert().sourceId();
            case AlertEvent.AlertCleared c -> c.condition().sourceId();
        };
    }

    private static AlertType typeOf(AlertEvent e) {
        return switch (e) {
            case AlertEvent.AlertRaised r -> r.alert().type();
            case AlertEvent.AlertCleared c -> c.condition().type();
        };
    }

    /**
     * Re-evaluates one meter after late data: forgets its detector state and detects its stored
     * history again, in event-time order, with its active alerts restored first. Pass what the store
     * holds for the meter (readings and events of at least the last 28 days, the late ones included)
     * and its active alerts. Alerts raised again come with the ids they had; only what the late data
     * changed is new.
     */
    public DetectionResult replay(
            String sourceId,
            Collection<Reading> history,
            Collection<MeterEvent> historyEvents,
            Collection<Alert> activeAlerts) {
        MeterTrack old = tracks.remove(sourceId);
        if (old != null) {
            allTracks.remove(old);
            queued.remove(old);
        }
        lastSourceId = null;
        lastTrack = null;
        restore(activeAlerts.stream().filter(a -> a.sourceId().equals(sourceId)).toList());
        accept(
                history.stream().filter(r -> r.sourceId().equals(sourceId)).toList(),
                historyEvents.stream().filter(e -> e.meterId().equals(sourceId)).toList());
        MeterTrack rebuilt = tracks.get(sourceId);
        if (rebuilt != null) {
            if (old != null) {
                premises.replace(old, rebuilt);
            }
            rebuilt.detect(rebuilt.pending.size);
            rebuilt.queued = false;
            queued.remove(rebuilt);
        }
        premises.judge(this, false);
        return drain();
    }

    /**
     * After a restart: marks the active alerts (from {@code Alerts.active()}) open, so replayed
     * history neither raises them again nor loses the clearing of one that ends.
     */
    public void restore(Collection<Alert> activeAlerts) {
        int rejectedBefore = rejected.size();
        for (Alert alert : activeAlerts) {
            if (!alert.state().active()) {
                continue;
            }
            if (alert.type() == AlertType.BACKFLOW_AND_TAMPER) {
                premises.restoreCombination(alert.sourceId(), alert.id());
                continue;
            }
            MeterTrack track = track(alert.sourceId(), alert);
            if (track != null) {
                track.restoreOpen(
                        alert.type(), alert.id(), alert.detector(), alert.time().toEpochMilli());
                if (BackflowTamperDetector.concerns(alert.type())) {
                    premises.restoreComponent(track, alert);
                }
            }
        }
        // An alert of a meter no longer in the network is not an input to quarantine.
        rejected.subList(rejectedBefore, rejected.size()).clear();
    }

    /** An investigator closed an active alert: its condition may be raised again when it recurs. */
    public void forget(Alert.ConditionKey condition) {
        if (condition.type() == AlertType.BACKFLOW_AND_TAMPER) {
            premises.forget(condition.sourceId());
            return;
        }
        MeterTrack track = tracks.get(condition.sourceId());
        if (track != null) {
            track.forget(condition.type());
        }
    }

    /** How many meters and sensors the chain keeps state for. */
    public int trackedSources() {
        return tracks.size();
    }

    long thresholdVersion() {
        return thresholds.version();
    }

    ResolvedThresholds resolveThresholds(SourceProfile profile) {
        return thresholds.resolve(profile.sourceId(), profile.meterClass());
    }

    String emitRaised(
            MeterTrack track,
            AlertType type,
            Severity severity,
            long timeMillis,
            Evidence evidence,
            @Nullable CauseHint causeHint,
            String detector) {
        SourceProfile p = track.profile();
        Instant time = Instant.ofEpochMilli(timeMillis);
        Alert alert = new Alert(
                Alert.idOf(p.sourceId(), type, time),
                type,
                severity,
                p.sourceId(),
                p.premiseId(),
                p.zoneId(),
                p.location(),
                time,
                evidence,
                detector,
                track.thresholds().version(),
                causeHint,
                AlertState.OPEN,
                null);
        emitted.add(new AlertEvent.AlertRaised(alert));
        if (BackflowTamperDetector.concerns(type)) {
            premises.onRaised(track, alert);
        }
        return alert.id();
    }

    void emitCleared(MeterTrack track, AlertType type, String alertId, long timeMillis, String reason) {
        emitted.add(new AlertEvent.AlertCleared(
                alertId,
                new Alert.ConditionKey(track.profile().sourceId(), type),
                Instant.ofEpochMilli(timeMillis),
                reason));
        if (BackflowTamperDetector.concerns(type)) {
            premises.onCleared(track, type, alertId, timeMillis);
        }
    }

    String emitPremiseRaised(String premiseId, MeterTrack track, long timeMillis, String summary) {
        SourceProfile p = track.profile();
        Instant time = Instant.ofEpochMilli(timeMillis);
        AlertType type = AlertType.BACKFLOW_AND_TAMPER;
        Alert alert = new Alert(
                Alert.idOf(premiseId, type, time),
                type,
                Severity.CRITICAL,
                premiseId,
                p.premiseId(),
                p.zoneId(),
                p.location(),
                time,
                Evidence.summary(summary),
                BackflowTamperDetector.NAME,
                track.thresholds().version(),
                CauseHint.POSSIBLE_CONTAMINATION,
                AlertState.OPEN,
                null);
        emitted.add(new AlertEvent.AlertRaised(alert));
        return alert.id();
    }

    void emitPremiseCleared(String premiseId, String alertId, long timeMillis) {
        emitted.add(new AlertEvent.AlertCleared(
                alertId,
                new Alert.ConditionKey(premiseId, AlertType.BACKFLOW_AND_TAMPER),
                Instant.ofEpochMilli(timeMillis),
                "no backflow or tamper alert open at the premise"));
    }
}
