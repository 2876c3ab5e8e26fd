package org.headwater.ingest.sparkplug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.SparkplugBPayloadEncoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.PropertyDataType;
import org.eclipse.tahu.message.model.PropertySet;
import org.eclipse.tahu.message.model.PropertyValue;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Payloads encoded by Eclipse Tahu, decoded by ours: the two implementations must agree. */
class SparkplugPayloadDecoderTest {

    private static final Instant T = Instant.parse("2026-12-07T10:15:30.250Z");

    @Test
    void everyScalarDatatypeDecodesToTheValueTahuEncoded() throws Exception {
        byte[] bytes = encode(
                metric("i8", MetricDataType.Int8, (byte) -5),
                metric("i16", MetricDataType.Int16, (short) -300),
                metric("i32", MetricDataType.Int32, -70_000),
                metric("i64", MetricDataType.Int64, -5_000_000_000L),
                metric("u8", MetricDataType.UInt8, (short) 250),
                metric("u16", MetricDataType.UInt16, 65_000),
                metric("u32", MetricDataType.UInt32, 4_000_000_000L),
                metric("u64", MetricDataType.UInt64, new BigInteger("18000000000000000000")),
                metric("f", MetricDataType.Float, 1.5f),
                metric("d", MetricDataType.Double, -2.25),
                metric("b", MetricDataType.Boolean, true),
                metric("s", MetricDataType.String, "running"));

        SparkplugPayload payload = SparkplugPayloadDecoder.decode(bytes);

        assertThat(payload.seq()).isEqualTo(7L);
        assertThat(payload.timestamp()).isEqualTo(T.toEpochMilli());
        assertThat(payload.metrics())
                .extracting(SparkplugMetric::value)
                .containsExactly(
                        -5L,
                        -300L,
                        -70_000L,
                        -5_000_000_000L,
                        250L,
                        65_000L,
                        4_000_000_000L,
                        1.8e19,
                        1.5,
                        -2.25,
                        true,
                        "running");
        assertThat(payload.metrics()).extracting(SparkplugMetric::alias).containsOnly(3L);
        assertThat(payload.metrics()).extracting(SparkplugMetric::timestamp).containsOnly(T.toEpochMilli());
    }

    @Test
    void engineeringUnitAndQualityPropertiesAreRead() throws Exception {
        Metric pressure = new Metric.MetricBuilder("PS1/Pressure", MetricDataType.Float, 54.5f)
                .properties(new PropertySet.PropertySetBuilder()
                        .addProperty("engUnit", new PropertyValue<>(PropertyDataType.String, "psi"))
                        .addProperty("Quality", new PropertyValue<>(PropertyDataType.Int32, 192))
                        .createPropertySet())
                .createMetric();

        SparkplugMetric decoded =
                SparkplugPayloadDecoder.decode(encode(pressure)).metrics().get(0);

        assertThat(decoded.name()).isEqualTo("PS1/Pressure");
        assertThat(decoded.properties()).containsEntry("engUnit", "psi").containsEntry("Quality", 192L);
    }

    @Test
    void aValueFieldThatDoesNotFitTheDatatypeIsAMismatchNotAReading() throws Exception {
        // Tahu refuses to encode this, so the bytes are written by hand: a Float metric whose value is a string.
        java.io.ByteArrayOutputStream metric = new java.io.ByteArrayOutputStream();
        com.google.protobuf.CodedOutputStream m = com.google.protobuf.CodedOutputStream.newInstance(metric);
        m.writeString(1, "Level");
        m.writeUInt32(4, 9);
        m.writeString(15, "4.2");
        m.flush();
        java.io.ByteArrayOutputStream payload = new java.io.ByteArrayOutputStream();
        com.google.protobuf.CodedOutputStream p = com.google.protobuf.CodedOutputStream.newInstance(payload);
        p.writeByteArray(2, metric.toByteArray());
        p.flush();

        SparkplugMetric decoded =
                SparkplugPayloadDecoder.decode(payload.toByteArray()).metrics().get(0);

        assertThat(decoded.value()).isInstanceOf(SparkplugMetric.Mismatch.class);
        assertThat(decoded.value().toString()).contains("Float");
    }

    @Test
    void theRebirthRequestIsOneBooleanMetricTahuReadsAsTrue() throws Exception {
        byte[] bytes = new RebirthRequest("g", "n").payload(T);

        SparkplugBPayload decoded = new SparkplugBPayloadDecoder().buildFromByteArray(bytes, null);

        assertThat(decoded.getMetrics()).singleElement().satisfies(m -> {
            assertThat(m.getName()).isEqualTo("Node Control/Rebirth");
            assertThat(m.getDataType()).isEqualTo(MetricDataType.Boolean);
            assertThat(m.getValue()).isEqualTo(true);
        });
        assertThat(new RebirthRequest("g", "n").topic()).isEqualTo("spBv1.0/g/NCMD/n");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 17, 30})
    void aTruncatedPayloadIsRefusedNamingWhatBroke(int keep) throws Exception {
        byte[] bytes =
                encode(metric("Pressure", MetricDataType.Double, 1.0), metric("Flow", MetricDataType.Double, 2.0));
        byte[] truncated = Arrays.copyOf(bytes, Math.min(keep, bytes.length - 1));

        assertThatThrownBy(() -> SparkplugPayloadDecoder.decode(truncated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Sparkplug B payload");
    }

    // Property: whatever bytes arrive, the decoder answers with a payload or an IllegalArgumentException.
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomBytesNeverEscapeAsAnythingButIllegalArgument(long seed) throws Exception {
        Random random = new Random(seed);
        byte[] valid = encode(metric("Pressure", MetricDataType.Double, 1.0));
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = random.nextBoolean() ? new byte[random.nextInt(64)] : valid.clone();
            if (bytes.length == valid.length) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            } else {
                random.nextBytes(bytes);
            }
            try {
                SparkplugPayloadDecoder.decode(bytes);
            } catch (IllegalArgumentException expected) {
                assertThat(expected).hasMessageContaining("not a Sparkplug B payload");
            }
        }
    }

    private static Metric metric(String name, MetricDataType type, Object value) throws Exception {
        return new Metric.MetricBuilder(name, type, value)
                .alias(3L)
                .timestamp(Date.from(T))
                .createMetric();
    }

    private static byte[] encode(Metric... metrics) throws Exception {
        return new SparkplugBPayloadEncoder()
                .getBytes(
                        new SparkplugBPayload.SparkplugBPayloadBuilder()
                                .setTimestamp(Date.from(T))
                                .setSeq(7L)
                                .addMetrics(List.of(metrics))
                                .createPayload(),
                        false);
    }
}
