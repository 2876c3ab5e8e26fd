package org.headwater.detect.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.telemetry.Reading;
import org.jspecify.annotations.Nullable;

/**
 * One station in the running platform: readings in, {@link AlertType#WATER_QUALITY_EVENT} alerts out.
 * Readings are assembled into samples on the station's step ({@link SampleAssembler}), each complete
 * sample goes to the detector in time order, an event start raises an alert and its end clears it.
 * For the first {@code learningPeriod} after its first sample the station only learns: its levels and
 * spreads settle, and nothing is raised or cleared.
 */
public final class LiveStationDetector {

    static final String DETECTOR = "ResidualShiftDetector";

    private final WaterQualityStation station;
    private final WaterQualityEventDetector detector;
    private final SampleAssembler assembler;
    private final Duration learningPeriod;
    private @Nullable Instant learningUntil;
    private @Nullable Alert open;

    public LiveStationDetector(
            WaterQualityStation station,
            ShiftDetectorSettings settings,
            Duration step,
            Duration lateness,
            Duration learningPeriod) {
        this.station = station;
        this.detector = new ResidualShiftDetector(station.channels(), settings);
        this.assembler = new SampleAssembler(station.sensors().size(), step, lateness);
        if (learningPeriod == null || learningPeriod.isNegative()) {
            throw new IllegalArgumentException("learningPeriod must not be negative, was " + learningPeriod);
        }
        this.learningPeriod = learningPeriod;
    }

    public WaterQualityStation station() {
        return station;
    }

    /** After a restart: the station's alert that was still open, so its end clears it instead of a new one opening. */
    public void restore(Alert active) {
        if (!active.sourceId().equals(station.id()) || active.type() != AlertType.WATER_QUALITY_EVENT) {
            throw new IllegalArgumentException(
                    "alert " + active.id() + " is not a water-quality alert of " + station.id());
        }
        open = active;
    }

    /** Takes the readings of this station's sensors (others are ignored) and returns the alerts they raise or clear. */
    public List<AlertEvent> accept(List<Reading> readings) {
        for (Reading reading : readings) {
            int channel = station.channelOf(reading.sourceId());
            if (channel >= 0 && station.sensors().get(channel).measurand() == reading.measurand()) {
                assembler.add(channel, reading.time(), reading.value());
            }
        }
        List<AlertEvent> events = new ArrayList<>();
        for (StationSample sample : assembler.completeSamples()) {
            judge(sample, events);
        }
        return events;
    }

    /** How many readings came too late for their step to be judged. */
    public long tooLate() {
        return assembler.tooLate();
    }

    private void judge(StationSample sample, List<AlertEvent> events) {
        WaterQualityVerdict verdict = detector.accept(sample);
        if (learningUntil == null) {
            learningUntil = sample.time().plus(learningPeriod);
        }
        if (sample.time().isBefore(learningUntil) || Double.isNaN(verdict.probability())) {
            return;
        }
        if (verdict.event() && open == null) {
            open = raise(sample, verdict);
            events.add(new AlertEvent.AlertRaised(open));
        } else if (!verdict.event() && open != null) {
            events.add(new AlertEvent.AlertCleared(
                    open.id(), open.conditionKey(), sample.time(), "water quality back within its recent levels"));
            open = null;
        }
    }

    private Alert raise(StationSample sample, WaterQualityVerdict verdict) {
        List<Reading> evidence = new ArrayList<>();
        List<String> deviating = new ArrayList<>();
        double[] values = sample.values();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            StationSensor sensor = station.sensors().get(i);
            evidence.add(new Reading(sensor.sensorId(), sensor.measurand(), sample.time(), values[i]));
            if (verdict.channelDeviated(i)) {
                deviating.add(sensor.measurand().name().toLowerCase(Locale.ROOT) + " (" + sensor.sensorId() + " "
                        + values[i] + " " + sensor.measurand().canonicalUnit() + ")");
            }
        }
        String summary = "water-quality event at " + station.id() + ": "
                + (deviating.isEmpty() ? "station outlier" : String.join(", ", deviating))
                + " left its recent level; event probability "
                + String.format(Locale.ROOT, "%.2f", verdict.probability());
        return new Alert(
                Alert.idOf(station.id(), AlertType.WATER_QUALITY_EVENT, sample.time()),
                AlertType.WATER_QUALITY_EVENT,
                Severity.HIGH,
                station.id(),
                null,
                station.zoneId(),
                station.location(),
                sample.time(),
                new Evidence(evidence, List.of(), summary),
                DETECTOR,
                0,
                null,
                AlertState.OPEN,
                null);
    }
}
