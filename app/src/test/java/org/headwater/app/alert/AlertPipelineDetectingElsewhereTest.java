package org.headwater.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvent;
import org.headwater.testkit.AlertBuilder;
import org.headwater.testkit.InMemoryAlertLog;
import org.headwater.testkit.InMemoryAlerts;
import org.headwater.testkit.InMemoryDeliveries;
import org.headwater.testkit.InMemoryMeterEvents;
import org.headwater.testkit.InMemoryNetworks;
import org.headwater.testkit.InMemoryReadings;
import org.headwater.testkit.SettableClock;
import org.headwater.testkit.SyntheticTown;
import org.junit.jupiter.api.Test;

/** In the scale-out deployment the detector topology detects; the pipeline records what it publishes. */
class AlertPipelineDetectingElsewhereTest {

    private static final Instant NOW = Instant.parse("2024-05-10T12:00:00Z");

    private final SettableClock clock = new SettableClock(NOW);
    private final InMemoryAlerts alerts = new InMemoryAlerts();
    private final CurrentNetwork network = new CurrentNetwork(new InMemoryNetworks());
    private final AlertPipeline pipeline = InMemoryPipelines.on(
            network,
            clock,
            new InMemoryReadings(),
            new InMemoryMeterEvents(),
            alerts,
            new InMemoryAlertLog(alerts, new InMemoryDeliveries(), topic -> List.of(), clock));

    @Test
    void storedBatchesPassByAndTheClockRaisesNothingButPublishedAlertsAreRecorded() {
        network.replace(new SyntheticTown(1, 3, 1, NOW.minus(Duration.ofDays(2))).network());
        pipeline.detectElsewhere();

        pipeline.onStored(new StoredTelemetry(IngestBatch.builder()
                .add(new MeterEvent("m0", NOW.minusSeconds(60), AlarmCode.REVERSE_FLOW, "RF"))
                .drain()));
        clock.advance(Duration.ofDays(3));
        pipeline.advance();
        assertThat(alerts.active()).isEmpty();

        pipeline.publish(List.of(new AlertEvent.AlertRaised(
                AlertBuilder.anAlert().from("m0").of(AlertType.BACKFLOW).at(NOW).build())));

        assertThat(alerts.active()).extracting(a -> a.sourceId()).containsExactly("m0");
    }
}
