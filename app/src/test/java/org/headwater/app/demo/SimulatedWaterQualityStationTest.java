package org.headwater.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headwater.alert.AlertEvent;
import org.headwater.detect.quality.LiveStationDetector;
import org.headwater.detect.quality.ShiftDetectorSettings;
import org.headwater.detect.quality.StationSensor;
import org.headwater.detect.quality.WaterQualityStation;
import org.headwater.detect.quality.WaterQualityStations;
import org.headwater.telemetry.Reading;
import org.junit.jupiter.api.Test;

/** The demo station's simulated signal, judged by the live detector exactly as the server runs it. */
class SimulatedWaterQualityStationTest {

    static final Instant START = Instant.parse("2026-12-07T01:00:00Z");

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
    void theSignalIsAPureFunctionOfTimeNearTheStationLevelsWithRealMinuteToMinuteChanges() {
        SimulatedWaterQualityStation station = new SimulatedWaterQualityStation("n105", List.of());
        SimulatedWaterQualityStation restarted = new SimulatedWaterQualityStation("n105", List.of());
        for (int c = 0; c < SimulatedWaterQualityStation.CHANNELS.size(); c++) {
            SimulatedWaterQualityStation.Replayed channel = SimulatedWaterQualityStation.CHANNELS.get(c);
            double previous = station.value(c, START.minus(Duration.ofMinutes(1)));
            // Cycle and drift at their peaks, five standard deviations of noise, one rounding step.
            double bound =
                    channel.dailyAmplitude() + channel.driftAmplitude() + 5 * channel.noise() + channel.resolution();
            int changes = 0;
            for (int minute = 0; minute < 8 * 24 * 60; minute++) {
                Instant t = START.plus(Duration.ofMinutes(minute));
                double value = station.value(c, t);
                assertThat(restarted.value(c, t)).isEqualTo(value);
                assertThat(value)
                        .as("%s at minute %d", channel.measurand(), minute)
                        .isCloseTo(channel.level(), org.assertj.core.data.Offset.offset(bound));
                changes += value != previous ? 1 : 0;
                previous = value;
            }
            // Quantised like a real sensor: most minutes repeat the last value, but the signal moves.
            assertThat(changes).as("%s changes", channel.measurand()).isBetween(100, 8 * 24 * 60 / 2);
        }
    }

    @Test
    void withoutAnInjectedEventTheStationRaisesNoWaterQualityAlertInEightDays() {
        SimulatedWaterQualityStation station = new SimulatedWaterQualityStation("n105", List.of());

        assertThat(raisedOver(station, START.minus(Duration.ofDays(4)), 8 * 24))
                .extracting(r -> r.alert().evidence().summary())
                .isEmpty();
    }

    @Test
    void theInjectedChlorineDropIsTheOnlyWaterQualityAlert() {
        InjectedEvent drop = new InjectedEvent(
                InjectedEvent.Kind.CHLORINE_DROP,
                List.of("CL-n105"),
                START.plus(Duration.ofHours(5)),
                Duration.ofMinutes(90),
                0.1);
        SimulatedWaterQualityStation station = new SimulatedWaterQualityStation("n105", List.of(drop));

        List<AlertEvent.AlertRaised> raised = raisedOver(station, START.minus(Duration.ofDays(4)), 4 * 24 + 10);

        assertThat(raised).hasSize(1);
        assertThat(raised.getFirst().alert().time())
                .isBetween(drop.start(), drop.start().plus(Duration.ofMinutes(5)));
        assertThat(raised.getFirst().alert().evidence().summary()).contains("chlorine (CL-n105");
    }
}
