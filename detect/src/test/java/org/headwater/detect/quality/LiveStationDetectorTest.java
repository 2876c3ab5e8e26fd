package org.headwater.detect.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.junit.jupiter.api.Test;

class LiveStationDetectorTest {

    private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");

    private final WaterQualityStation station = new WaterQualityStation(
            "J1",
            "zone-A",
            null,
            List.of(
                    new StationSensor(
                            "CL-1",
                            Measurand.CHLORINE,
                            WaterQualityStations.channelOf(Measurand.CHLORINE).orElseThrow()),
                    new StationSensor(
                            "PH-1",
                            Measurand.PH,
                            WaterQualityStations.channelOf(Measurand.PH).orElseThrow())));

    private LiveStationDetector detector(Duration learning) {
        return new LiveStationDetector(
                station, ShiftDetectorSettings.tunedOnGecco(), Duration.ofMinutes(1), Duration.ofMinutes(2), learning);
    }

    // steady chlorine with a little noise and a drop of 0.3 mg/L over [dropFrom, dropTo) minutes
    private static List<Reading> minutes(int from, int to, int dropFrom, int dropTo) {
        List<Reading> readings = new ArrayList<>();
        for (int m = from; m < to; m++) {
            Instant time = T0.plusSeconds(60L * m);
            double chlorine = 0.5 + (m % 2 == 0 ? 0.01 : -0.01) - (m >= dropFrom && m < dropTo ? 0.3 : 0);
            readings.add(new Reading("CL-1", Measurand.CHLORINE, time, chlorine));
            readings.add(new Reading("PH-1", Measurand.PH, time, 7.8 + (m % 3) * 0.01));
        }
        return readings;
    }

    @Test
    void aChlorineDropRaisesOneHighAlertAtItsStartAndItsEndClearsIt() {
        LiveStationDetector live = detector(Duration.ofMinutes(60));

        List<AlertEvent> events = live.accept(minutes(0, 200, 120, 150));

        assertThat(events).hasSize(2);
        AlertEvent.AlertRaised raised = (AlertEvent.AlertRaised) events.get(0);
        assertThat(raised.alert().id()).isEqualTo("J1/WATER_QUALITY_EVENT/2024-06-01T02:00:00Z");
        assertThat(raised.alert().type()).isEqualTo(AlertType.WATER_QUALITY_EVENT);
        assertThat(raised.alert().zoneId()).isEqualTo("zone-A");
        assertThat(raised.alert().evidence().summary()).contains("chlorine").contains("CL-1");
        assertThat(raised.alert().evidence().readings())
                .extracting(Reading::sourceId)
                .contains("CL-1", "PH-1");
        assertThat(events.get(1))
                .isInstanceOfSatisfying(
                        AlertEvent.AlertCleared.class,
                        cleared -> assertThat(cleared.time()).isEqualTo(T0.plusSeconds(150 * 60)));
    }

    @Test
    void nothingIsRaisedWhileTheStationLearns() {
        LiveStationDetector live = detector(Duration.ofMinutes(180));

        assertThat(live.accept(minutes(0, 200, 120, 150))).isEmpty();
    }

    @Test
    void readingsArrivingInSeparateBatchesGiveTheSameAlertsAsOneBatch() {
        LiveStationDetector live = detector(Duration.ofMinutes(60));
        List<AlertEvent> events = new ArrayList<>();
        List<Reading> all = minutes(0, 200, 120, 150);
        for (int i = 0; i < all.size(); i += 7) {
            events.addAll(live.accept(all.subList(i, Math.min(all.size(), i + 7))));
        }
        assertThat(events).hasSize(2);
        assertThat(events.getFirst().alertId()).isEqualTo("J1/WATER_QUALITY_EVENT/2024-06-01T02:00:00Z");
    }
}
