package org.headwater.streams;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.headwater.alert.AlertEvent;

/** Kafka serdes for the readings and alerts topics, in {@link TelemetryCodec}'s form. */
public final class TelemetrySerdes {

    private TelemetrySerdes() {}

    public static Serde<SourceInputs> sourceInputs() {
        Serializer<SourceInputs> serializer = (topic, inputs) -> inputs == null ? null : TelemetryCodec.inputs(inputs);
        Deserializer<SourceInputs> deserializer = (topic, bytes) -> bytes == null ? null : TelemetryCodec.inputs(bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    public static Serde<AlertEvent> alertEvents() {
        Serializer<AlertEvent> serializer = (topic, event) -> event == null ? null : TelemetryCodec.alertEvent(event);
        Deserializer<AlertEvent> deserializer =
                (topic, bytes) -> bytes == null ? null : TelemetryCodec.alertEvent(bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
