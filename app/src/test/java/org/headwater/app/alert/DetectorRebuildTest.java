package org.headwater.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.store.PostgresAlerts;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.Readings;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * After a restart (or a new network) the detectors are rebuilt from the store: what was stored before
 * is replayed, so a condition that began before the restart is still found, for many meters at once.
 */
@SpringBootTest
class DetectorRebuildTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final int METERS = 1_500; // more than one chunk of the rebuild's bulk reads

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("headwater.database.data-directory", () -> dataDirectory.toString());
        registry.add("headwater.admin-password", () -> "a-long-test-password");
        registry.add("headwater.forecast.enabled", () -> "false");
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        SettableClock movableClock() {
            return new SettableClock(NOW);
        }
    }

    @Autowired
    CurrentNetwork network;

    @Autowired
    Readings readings;

    @Autowired
    MeterEvents meterEvents;

    @Autowired
    AlertPipeline pipeline;

    @Autowired
    PostgresAlerts alerts;

    @Test
    void conditionsStoredBeforeTheRebuildRaiseTheirAlertsFromTheReplayedHistory() {
        network.replace(town("before"));
        pipeline.advance();
        List<Reading> history = new ArrayList<>();
        for (int m = 0; m < METERS; m++) {
            // Every meter uses water normally (with zero-flow hours); the last one never stops: a leak.
            boolean leaking = m == METERS - 1;
            for (int hour = 30; hour >= 1; hour--) {
                double litres = leaking ? 12 : (hour % 3 == 0 ? 0 : 20);
                history.add(
                        new Reading(meter(m), Measurand.INTERVAL_VOLUME, NOW.minus(Duration.ofHours(hour)), litres));
            }
        }
        readings.append(history);
        meterEvents.append(
                List.of(new MeterEvent(meter(7), NOW.minus(Duration.ofMinutes(30)), AlarmCode.REVERSE_FLOW, "RF")));

        network.replace(town("after"));
        pipeline.advance();

        assertThat(alerts.active())
                .extracting(Alert::type, Alert::sourceId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(AlertType.CONTINUOUS_LEAK, meter(METERS - 1)),
                        org.assertj.core.groups.Tuple.tuple(AlertType.BACKFLOW, meter(7)));
    }

    private static Network town(String name) {
        Network.Builder town = Network.builder(name);
        for (int m = 0; m < METERS; m++) {
            town.add(NetworkElement.of("PR" + m, ElementKind.PREMISE))
                    .add(new NetworkElement(
                            meter(m),
                            ElementKind.METER,
                            "Meter " + m,
                            null,
                            MeterSpec.residentialDefault().toAttributes()))
                    .relate(meter(m), RelationType.SERVES, "PR" + m);
        }
        return town.build();
    }

    private static String meter(int m) {
        return "M" + m;
    }
}
