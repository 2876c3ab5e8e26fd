package org.headwater.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headwater.alert.AlertEvent;
import org.headwater.detect.quality.LabelledSeries;
import org.headwater.detect.quality.LiveStationDetector;
import org.headwater.detect.quality.ShiftDetectorSettings;
import org.headwater.detect.quality.StationSensor;
import org.headwater.detect.quality.WaterQualityStation;
import org.headwater.detect.quality.WaterQualityStations;
import org.headwater.telemetry.Reading;
import org.junit.jupiter.api.Test;

/** The demo station's replayed signal, judged by the live detector exactly as the server runs it. */
class SimulatedWaterQualityStationTest {

    static final Instant START = Instant.parse("2026-12-07T01:00:00Z");

    static LabelledSeries slice() throws IOException {
        try (InputStream in = SimulatedWaterQualityStationTest.class
                .getClassLoader()
                .getResourceAsStream(DemoUtility.WATER_QUALITY_RESOURCE)) {
            return SimulatedWaterQualityStation.loadSlice(in);
        }
    }

    static WaterQualityStation liveStation(String node) {
        List<StationSensor> sensors = SimulatedWaterQualityStation.CHANNELS.stream()
                .map(c -> new StationSensor(
                        SimulatedWaterQualityStation.sensorId(c, node),
                        c.measurand(),
                        WaterQualityStations.channelOf(c.measurand()).orElseThrow()))
                .toList();
        return new WaterQualityStation(node, "zone-A", null, sensors);
    }

    /** What the live detector raises on {@code hours} of the station's replay from {@code from}. */
    static List<AlertEvent.AlertRaised> raisedOver(SimulatedWaterQualityStation simulated, Instant from, int hours) {
        LiveStationDetector detector = new LiveStationDetector(
                liveStation(simulated.node()),
                ShiftDetectorSettings.tunedOnGecco(),
                Duration.ofMinutes(1),
                Duration.ofMinutes(2),
                Duration.ofHours(2));
        List<AlertEvent.AlertRaised> raised = new ArrayList<>();
        for (int hour = 0; hour < hours; hour++) {
            List<Reading> batch = new ArrayList<>();
            for (int minute = 0; minute < 60; minute++) {
                Instant t = from.plus(Duration.ofMinutes(hour * 60L + minute));
                for (int c = 0; c < SimulatedWaterQualityStation.CHANNELS.size(); c++) {
                    double value = simulated.value(c, t);
                    if (!Double.isNaN(value)) {
                        SimulatedWaterQualityStation.Replayed channel = SimulatedWaterQualityStation.CHANNELS.get(c);
                        batch.add(new Reading(
                                SimulatedWaterQualityStation.sensorId(channel, simulated.node()),
                                channel.measurand(),
                                t,
                                value));
                    }
                }
            }
            detector.accept(batch).stream()
                    .filter(AlertEvent.AlertRaised.class::isInstance)
                    .map(AlertEvent.AlertRaised.class::cast)
                    .forEach(raised::add);
        }
        return raised;
    }

    @Test
    void rowsLabelledAsEventsAreNeverReplayedAndTheReplayTurnsWithoutAJump() throws IOException {
        LabelledSeries slice = slice();
        SimulatedWaterQualityStation station = new SimulatedWaterQualityStation("n105", slice, List.of());
        boolean[] labels = slice.requireLabels();
        int previous = station.rowAt(-1);
        for (long minute = 0; minute < 3L * slice.size(); minute++) {
            int row = station.rowAt(minute);
            assertThat(labels[row])
                    .as("row %d at minute %d is labelled an event", row, minute)
                    .isFalse();
            // Consecutive minutes show neighbouring normal rows (or the same row where the replay turns).
            assertThat(Math.abs(row - previous)).as("minute %d", minute).isLessThanOrEqualTo(19);
            previous = row;
        }
    }

    @Test
    void withoutAnInjectedEventTheStationRaisesNoWaterQualityAlertInFourDaysOfReplay() throws IOException {
        SimulatedWaterQualityStation station = new SimulatedWaterQualityStation("n105", slice(), List.of());

        // Eight days: every row of the replayed slice twice, and the seam where it starts again.
        assertThat(raisedOver(station, START.minus(Duration.ofDays(4)), 8 * 24))
                .extracting(r -> r.alert().evidence().summary())
                .isEmpty();
    }

    @Test
    void theInjectedChlorineDropIsTheOnlyWaterQualityAlert() throws IOException {
        InjectedEvent drop = new InjectedEvent(
                InjectedEvent.Kind.CHLORINE_DROP,
                List.of("CL-n105"),
                START.plus(Duration.ofHours(5)),
                Duration.ofMinutes(90),
                0.1);
        SimulatedWaterQualityStation station = new SimulatedWaterQualityStation("n105", slice(), List.of(drop));

        List<AlertEvent.AlertRaised> raised = raisedOver(station, START.minus(Duration.ofDays(4)), 4 * 24 + 10);

        assertThat(raised).hasSize(1);
        assertThat(raised.getFirst().alert().time())
                .isBetween(drop.start(), drop.start().plus(Duration.ofMinutes(5)));
        assertThat(raised.getFirst().alert().evidence().summary()).contains("chlorine (CL-n105");
    }
}
