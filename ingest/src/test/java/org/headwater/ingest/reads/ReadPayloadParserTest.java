package org.headwater.ingest.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.junit.jupiter.api.Test;

class ReadPayloadParserTest {

    private static final Instant NOW = Instant.parse("2024-05-02T00:00:00Z");
    private final InMemoryMeterDirectory directory = new InMemoryMeterDirectory()
            .putMeter("m1", MeterSpec.residentialDefault())
            .putSensor("pt-1");
    private final ReadPayloadParser parser =
            new ReadPayloadParser(ReadIntake.withDefaults(directory, Clock.fixed(NOW, ZoneOffset.UTC)), 1000);

    @Test
    void badElementsAreQuarantinedOneByOneAndTheGoodOnesKept() {
        IngestBatch batch = parse("""
                {"reads": [
                  {"source": "pt-1", "time": "2024-05-01T00:00:00Z", "kind": "pressure", "value": 60, "unit": "psi"},
                  {"source": "pt-1", "time": "2024-05-01T00:00:00Z", "kind": "pressure", "value": "high", "unit": "psi"},
                  {"source": "m404", "time": "2024-05-01T00:00:00Z", "kind": "interval", "value": 1, "unit": "L"},
                  {"time": "2024-05-01T00:00:00Z", "kind": "interval", "value": 1, "unit": "L"}],
                 "alarms": [{"meter": "m1", "time": "2024-05-01T00:00:00Z", "code": "LK"}]}
                """, null);

        assertThat(batch.readings()).hasSize(1);
        assertThat(batch.events()).hasSize(1);
        assertThat(batch.rejected())
                .extracting(RejectedRecord::position, RejectedRecord::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, RejectionReason.INVALID_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(2L, RejectionReason.UNKNOWN_METER),
                        org.assertj.core.groups.Tuple.tuple(3L, RejectionReason.MISSING_FIELD));
        assertThat(batch.rejected().get(2).detail()).isEqualTo("source is missing");
    }

    @Test
    void theTopicsMeterIsTheDefaultSource() {
        IngestBatch batch = parse("""
                {"reads": [{"time": "2024-05-01T00:00:00+02:00", "kind": "interval", "value": 1, "unit": "ft3"}]}
                """, "m1");

        assertThat(batch.readings()).singleElement().satisfies(r -> {
            assertThat(r.sourceId()).isEqualTo("m1");
            assertThat(r.time()).isEqualTo(Instant.parse("2024-04-30T22:00:00Z"));
        });
    }

    // Found by bench fuzz (mutant seed 2634497151625008708: a value replaced by hundreds of nines).
    @Test
    void integerBeyondTheRangeOfADoubleIsQuarantinedAndTheOthersKept() {
        String huge = "9".repeat(400);
        IngestBatch batch = parse("""
                {"reads": [
                  {"source": "pt-1", "time": "2024-05-01T00:00:00Z", "kind": "pressure", "value": %s, "unit": "psi"},
                  {"source": "pt-1", "time": "2024-05-01T01:00:00Z", "kind": "pressure", "value": 60, "unit": "psi"}]}
                """.formatted(huge), null);

        assertThat(batch.readings()).hasSize(1);
        assertThat(batch.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.INVALID_NUMBER);
            assertThat(r.detail()).startsWith("value 9999").endsWith("(400 digits) is beyond the range of a double");
        });
    }

    @Test
    void invalidJsonIsQuarantined() {
        IngestBatch batch = parse("{\"reads\": [", null);

        assertThat(batch.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.INVALID_JSON);
            assertThat(r.raw()).isEqualTo("{\"reads\": [");
        });
    }

    @Test
    void oversizedPayloadIsQuarantinedWithoutParsing() {
        IngestBatch batch = parse("{\"reads\": [" + " ".repeat(2000) + "]}", null);

        assertThat(batch.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.PAYLOAD_TOO_LARGE);
            assertThat(r.detail()).contains("2013 bytes", "1000 bytes");
        });
    }

    @Test
    void jsonOfTheWrongShapeIsQuarantined() {
        assertThat(parse("[1, 2]", null).rejected())
                .singleElement()
                .extracting(RejectedRecord::reason)
                .isEqualTo(RejectionReason.MALFORMED_RECORD);
    }

    @Test
    void unknownUnitIsQuarantined() {
        IngestBatch batch = parse("""
                {"reads": [{"source": "m1", "time": "2024-05-01T00:00:00Z", "kind": "interval", "value": 1, "unit": "hogshead"}]}
                """, null);

        assertThat(batch.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.UNKNOWN_UNIT);
            assertThat(r.detail()).contains("hogshead");
        });
    }

    private IngestBatch parse(String json, String defaultSource) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), "rest:test", defaultSource, NOW);
    }
}
