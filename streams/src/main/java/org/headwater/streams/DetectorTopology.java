package org.headwater.streams;

import java.time.Clock;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.headwater.alert.Thresholds;
import org.headwater.detect.ami.ChainSettings;
import org.headwater.detect.ami.SourceDirectory;

/**
 * The production detector chain ({@link org.headwater.detect.ami.DetectorChain}) as a Kafka Streams
 * topology: validated readings keyed by meter or sensor go through one chain per task, each meter's
 * recent inputs and open alerts kept in persistent, changelogged state stores so a task moved to
 * another instance rebuilds its chain exactly (ADR 0038); raised and cleared alerts go to the alerts
 * topic keyed by their source. Tests drive this very builder with {@code TopologyTestDriver}.
 */
public final class DetectorTopology {

    static final String SOURCE = "validated-readings";
    static final String DETECTORS = "detectors";
    static final String SINK = "alerts";
    public static final String INPUTS_STORE = "detector-inputs";
    public static final String OPEN_ALERTS_STORE = "detector-open-alerts";
    public static final String CLOCK_STORE = "detector-clock";

    private DetectorTopology() {}

    /**
     * @param directory the meters and sensors of the network (an input of any other source is dropped)
     * @param thresholds the live thresholds
     * @param chain lateness and the utility's zone, as the single-node server runs the chain
     * @param clock stamps rejections; detection time comes from the punctuators
     */
    public static Topology build(
            StreamsSettings settings,
            SourceDirectory directory,
            Thresholds thresholds,
            ChainSettings chain,
            Clock clock) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(clock, "clock");
        Topology topology = new Topology();
        topology.addSource(
                SOURCE,
                Serdes.String().deserializer(),
                TelemetrySerdes.sourceInputs().deserializer(),
                settings.readingsTopic());
        topology.addProcessor(
                DETECTORS, () -> new DetectorProcessor(settings, directory, thresholds, chain, clock), SOURCE);
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(INPUTS_STORE), Serdes.String(), Serdes.ByteArray()),
                DETECTORS);
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(OPEN_ALERTS_STORE), Serdes.String(), Serdes.ByteArray()),
                DETECTORS);
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(CLOCK_STORE), Serdes.String(), Serdes.Long()),
                DETECTORS);
        topology.addSink(
                SINK,
                settings.alertsTopic(),
                Serdes.String().serializer(),
                TelemetrySerdes.alertEvents().serializer(),
                DETECTORS);
        return topology;
    }
}
