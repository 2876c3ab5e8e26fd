package org.headwater.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.Incident;
import org.headwater.alert.Thresholds;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.config.HeadwaterDetectProperties;
import org.headwater.app.delivery.AlertConsumer;
import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.app.delivery.DeliveryWorkerRunner;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.delivery.Topic;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvent;
import org.headwater.testkit.InMemoryAlertLog;
import org.headwater.testkit.InMemoryAlerts;
import org.headwater.testkit.InMemoryDeliveries;
import org.headwater.testkit.InMemoryIncidents;
import org.headwater.testkit.InMemoryMeterEvents;
import org.headwater.testkit.InMemoryNetworks;
import org.headwater.testkit.InMemoryQuarantine;
import org.headwater.testkit.InMemoryReadings;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alert pipeline on the testkit's in-memory ports, with its consumers on real delivery workers. */
class AlertPipelineTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final List<String> ALERT_CONSUMERS = List.of("incidents", "broadcast", "escalation", "audit");

    private final SettableClock clock = new SettableClock(NOW);
    private final InMemoryAlerts alerts = new InMemoryAlerts();
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final CurrentNetwork network = new CurrentNetwork(new InMemoryNetworks());
    private final AlertPipeline pipeline = new AlertPipeline(
            network,
            new Thresholds(clock),
            new InMemoryReadings(),
            new InMemoryMeterEvents(),
            new InMemoryQuarantine(),
            alerts,
            incidents,
            new InMemoryAlertLog(
                    alerts, deliveries, topic -> topic == Topic.ALERTS ? ALERT_CONSUMERS : List.of(), clock),
            new AlertBroadcaster(),
            clock,
            new HeadwaterDetectProperties(Duration.ZERO, Duration.ofDays(7), Duration.ofSeconds(5)),
            UtilityCalendar.utc());

    private final List<AlertEvent> paged = new ArrayList<>();
    private final List<AlertEvent> audited = new ArrayList<>();
    private final FailingOnce grouping = new FailingOnce(new IncidentGrouping(pipeline));
    private final List<DeliveryConsumer> consumers = List.of(
            grouping,
            new AlertBroadcaster(),
            AlertConsumer.of("escalation", paged::add),
            AlertConsumer.of("audit", audited::add));

    /** A consumer whose first delivery fails, as a listener with a passing fault would. */
    private static final class FailingOnce implements DeliveryConsumer {
        private final DeliveryConsumer real;
        int failures;

        FailingOnce(DeliveryConsumer real) {
            this.real = real;
        }

        @Override
        public String name() {
            return real.name();
        }

        @Override
        public Topic topic() {
            return real.topic();
        }

        @Override
        public void accept(DeliveredEvent event) {
            if (failures == 0) {
                failures++;
                throw new IllegalStateException("grouping failed once");
            }
            real.accept(event);
        }
    }

    @BeforeEach
    void aMeteredTown() {
        network.replace(townWith("M1"));
    }

    /** Meters M1, M2 … each serving its own premise. */
    private static Network townWith(String... meters) {
        Network.Builder town = Network.builder("test-town");
        for (String meter : meters) {
            String premise = "PR-" + meter;
            town.add(NetworkElement.of(premise, ElementKind.PREMISE))
                    .add(new NetworkElement(
                            meter,
                            ElementKind.METER,
                            "Meter " + meter,
                            null,
                            MeterSpec.residentialDefault().toAttributes()))
                    .relate(meter, RelationType.SERVES, premise);
        }
        return town.build();
    }

    private void deliverForAMinute() {
        for (int second = 0; second < 60; second++) {
            consumers.forEach(c -> DeliveryWorkerRunner.deliverAllDue(deliveries, c, clock));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    private static StoredTelemetry reverseFlowAt(Instant time) {
        return new StoredTelemetry(IngestBatch.builder()
                .add(new MeterEvent("M1", time, AlarmCode.REVERSE_FLOW, "RF"))
                .drain());
    }

    @Test
    void aRecordedAlertWhoseGroupingFailedOnceIsGroupedBroadcastPagedAndAuditedExactlyOnce() {
        StoredTelemetry alarm = reverseFlowAt(NOW.minusSeconds(60));

        pipeline.onStored(alarm);
        deliverForAMinute();
        pipeline.onStored(alarm); // the same batch delivered again (a consumer's retry after a crash)
        deliverForAMinute();

        String id = "M1/BACKFLOW/" + NOW.minusSeconds(60);
        assertThat(grouping.failures).isEqualTo(1);
        assertThat(alerts.find(id)).isPresent();
        assertThat(incidents.open()).flatExtracting(Incident::alertIds).containsExactly(id);
        assertThat(paged).extracting(AlertEvent::alertId).containsExactly(id);
        assertThat(audited).extracting(AlertEvent::alertId).containsExactly(id);
        for (String consumer : ALERT_CONSUMERS) {
            assertThat(deliveries.pending(consumer)).as(consumer).isZero();
        }
    }

    @Test
    void alertsOfADetectionAreRecordedButReachNoConsumerBeforeDelivery() {
        pipeline.onStored(reverseFlowAt(NOW.minusSeconds(30)));

        assertThat(alerts.active()).hasSize(1);
        assertThat(incidents.open()).isEmpty();
        assertThat(paged).isEmpty();
        assertThat(Map.of("incidents", deliveries.pending("incidents"), "escalation", deliveries.pending("escalation")))
                .containsEntry("incidents", 1L)
                .containsEntry("escalation", 1L);
    }

    @Test
    void batchesTakenInOnePassRaiseEachBatchsAlertOnceAsTheyWouldOneByOne() {
        network.replace(townWith("M1", "M2"));
        StoredTelemetry first = reverseFlowAt(NOW.minusSeconds(90));
        StoredTelemetry second = new StoredTelemetry(IngestBatch.builder()
                .add(new MeterEvent("M2", NOW.minusSeconds(45), AlarmCode.REVERSE_FLOW, "RF"))
                .drain());

        pipeline.acceptAll(List.of(first, second, first));

        assertThat(alerts.active())
                .extracting(a -> a.id())
                .containsExactlyInAnyOrder(
                        "M1/BACKFLOW/" + NOW.minusSeconds(90), "M2/BACKFLOW/" + NOW.minusSeconds(45));
        assertThat(deliveries.pending("escalation")).isEqualTo(2);
    }
}
