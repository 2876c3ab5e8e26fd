package org.headwater.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.Thresholds;
import org.headwater.detect.ami.ChainSettings;
import org.headwater.detect.ami.NetworkSourceDirectory;
import org.headwater.network.Network;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.MeterBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production topology builder, driven by {@link TopologyTestDriver}. */
class DetectorTopologyTest {

    private static final Instant START = Instant.parse("2024-05-06T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(START, ZoneOffset.UTC);

    @TempDir
    java.nio.file.Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, SourceInputs> readings;
    private TestOutputTopic<String, AlertEvent> alerts;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private void start(StreamsSettings settings, String... meters) {
        Network.Builder town = Network.builder("test-town");
        for (String meter : meters) {
            MeterBuilder.aMeter().id(meter).serving("p-" + meter).inZone("z1").addTo(town);
        }
        Properties config = settings.streamsConfig();
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(
                DetectorTopology.build(
                        settings,
                        new NetworkSourceDirectory(town.build()),
                        new Thresholds(CLOCK),
                        new ChainSettings(Duration.ZERO, ZoneOffset.UTC),
                        CLOCK),
                config,
                START);
        readings = driver.createInputTopic(
                settings.readingsTopic(),
                new StringSerializer(),
                TelemetrySerdes.sourceInputs().serializer());
        alerts = driver.createOutputTopic(
                settings.alertsTopic(),
                new StringDeserializer(),
                TelemetrySerdes.alertEvents().deserializer());
    }

    private static StreamsSettings live() {
        return StreamsSettings.of("unused:9092", "headwater-detectors");
    }

    private void send(String meter, List<Reading> reads, List<MeterEvent> events) {
        SourceInputs inputs = new SourceInputs(meter, reads, events);
        readings.pipeInput(meter, inputs, inputs.newest());
    }

    private static List<Reading> hourly(String meter, int fromHour, int toHour, double litres) {
        List<Reading> reads = new ArrayList<>();
        for (int h = fromHour; h < toHour; h++) {
            reads.add(new Reading(meter, Measurand.INTERVAL_VOLUME, START.plus(Duration.ofHours(h + 1L)), litres));
        }
        return reads;
    }

    @Test
    void aReverseFlowAlarmBecomesABackflowAlertOnTheAlertsTopicKeyedByItsMeter() {
        start(live(), "m1");
        Instant alarm = START.plus(Duration.ofMinutes(30));
        send("m1", List.of(), List.of(new MeterEvent("m1", alarm, AlarmCode.REVERSE_FLOW, "RF")));

        driver.advanceWallClockTime(Duration.ofSeconds(5));

        List<KeyValue<String, AlertEvent>> out = alerts.readKeyValuesToList();
        assertThat(out).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("m1");
            assertThat(kv.value).isInstanceOfSatisfying(AlertEvent.AlertRaised.class, r -> {
                assertThat(r.alert().type()).isEqualTo(AlertType.BACKFLOW);
                assertThat(r.alert().id()).isEqualTo("m1/BACKFLOW/" + alarm);
                assertThat(r.alert().zoneId()).isEqualTo("z1");
            });
        });
    }

    @Test
    void nothingIsDetectedUntilThePunctuatorAdvancesTheChain() {
        start(live(), "m1");
        send("m1", List.of(), List.of(new MeterEvent("m1", START, AlarmCode.REVERSE_FLOW, "RF")));

        assertThat(alerts.isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofSeconds(5));
        assertThat(alerts.getQueueSize()).isEqualTo(1);
    }

    // Clock-driven: no input arrives, the wall-clock punctuator alone finds the meter silent.
    @Test
    void aMeterThatFallsSilentIsNonReportingFromTheWallClockWithoutAnyNewInput() {
        start(live(), "m1");
        driver.advanceWallClockTime(Duration.ofHours(6));
        send("m1", hourly("m1", 0, 6, 10), List.of());
        driver.advanceWallClockTime(Duration.ofSeconds(5));
        assertThat(alerts.readValuesToList()).isEmpty();

        for (int i = 0; i < 24; i++) {
            driver.advanceWallClockTime(Duration.ofHours(1));
        }

        assertThat(alerts.readValuesToList())
                .filteredOn(AlertEvent.AlertRaised.class::isInstance)
                .map(e -> ((AlertEvent.AlertRaised) e).alert().type())
                .containsExactly(AlertType.NON_REPORTING);
    }

    @Test
    void inStreamTimeModeTheNewestReadsEventTimeAdvancesTheDetectors() {
        start(
                new StreamsSettings(
                        "unused:9092",
                        "headwater-replay",
                        "headwater.readings",
                        "headwater.alerts",
                        Duration.ofMinutes(15),
                        DetectorTime.STREAM_TIME,
                        Duration.ofDays(7)),
                "m1");
        send("m1", hourly("m1", 0, 1, 10), List.of());
        Instant alarm = START.plus(Duration.ofHours(1)).plusSeconds(60);
        send("m1", List.of(), List.of(new MeterEvent("m1", alarm, AlarmCode.REVERSE_FLOW, "RF")));
        assertThat(alerts.isEmpty()).isTrue(); // stream time is one minute past the last punctuation

        send("m1", hourly("m1", 1, 3, 10), List.of()); // stream time moves two hours on, wall time not at all

        assertThat(alerts.readValuesToList())
                .filteredOn(AlertEvent.AlertRaised.class::isInstance)
                .map(AlertEvent::alertId)
                .containsExactly("m1/BACKFLOW/" + alarm);
    }

    @Test
    void aReSentReadIsKeptOnceInTheInputsStoreAndRaisesNothingTwice() {
        start(live(), "m1");
        List<MeterEvent> alarm = List.of(new MeterEvent("m1", START, AlarmCode.REVERSE_FLOW, "RF"));
        send("m1", hourly("m1", 0, 3, 10), alarm);
        driver.advanceWallClockTime(Duration.ofHours(4));
        send("m1", hourly("m1", 0, 3, 10), alarm); // the same batch again: at-least-once upstream
        driver.advanceWallClockTime(Duration.ofSeconds(5));

        KeyValueStore<String, byte[]> inputs = driver.getKeyValueStore(DetectorTopology.INPUTS_STORE);
        int stored = 0;
        try (KeyValueIterator<String, byte[]> all = inputs.all()) {
            while (all.hasNext()) {
                all.next();
                stored++;
            }
        }
        assertThat(stored).isEqualTo(4);
        assertThat(alerts.readValuesToList())
                .filteredOn(AlertEvent.AlertRaised.class::isInstance)
                .map(AlertEvent::alertId)
                .containsOnly("m1/BACKFLOW/" + START);
    }

    @Test
    void aRaisedAlertIsKeptInTheOpenAlertsStoreForARebuild() {
        start(live(), "m1");
        send("m1", List.of(), List.of(new MeterEvent("m1", START, AlarmCode.REVERSE_FLOW, "RF")));
        driver.advanceWallClockTime(Duration.ofSeconds(5));

        KeyValueStore<String, byte[]> open = driver.getKeyValueStore(DetectorTopology.OPEN_ALERTS_STORE);
        assertThat(open.get("m1\u0000m1/BACKFLOW/" + START)).isNotNull();
        assertThat(TelemetryCodec.alert(open.get("m1\u0000m1/BACKFLOW/" + START))
                        .type())
                .isEqualTo(AlertType.BACKFLOW);
    }
}
