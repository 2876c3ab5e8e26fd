package org.headwater.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.Unit;
import org.junit.jupiter.api.Test;

class MappedValuesTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant SOURCE_TIME = Instant.parse("2026-03-01T09:59:58Z");

    private final ReadIntake intake = ReadIntake.withDefaults(
            new InMemoryMeterDirectory().putSensor("ps-1").putSensor("pump-1"), Clock.fixed(NOW, ZoneOffset.UTC));
    private final MappedValues values = new MappedValues(TagMap.of(
            "tags.csv",
            List.of(
                    TagMapping.of("ns=2;s=PS1", "ps-1", Measurand.PRESSURE, Unit.PSI),
                    new TagMapping("ns=2;s=PS1.raw", "ps-1", Measurand.PRESSURE, Unit.KILOPASCAL, 0.1, 0),
                    TagMapping.of("ns=2;s=Unknown", "nobody", Measurand.PRESSURE, Unit.KILOPASCAL))));
    private final IngestBatch.Builder out = IngestBatch.builder();
    private final ReadIntake.Session session = intake.session("opcua:plant-a", NOW, out);

    @Test
    void aGoodValueBecomesAReadingAtItsSourceTimeInCanonicalUnits() {
        assertThat(values.accept(session, "ns=2;s=PS1", 50.0, SOURCE_TIME, SourceQuality.GOOD, "Good"))
                .isEqualTo(MappedValues.Outcome.READING);
        assertThat(values.accept(session, "ns=2;s=PS1.raw", 3000, SOURCE_TIME, SourceQuality.UNCERTAIN, "Uncertain"))
                .isEqualTo(MappedValues.Outcome.UNCERTAIN_READING);

        assertThat(out.drain().readings())
                .extracting(Reading::time, r -> Math.round(r.value()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SOURCE_TIME, 345L),
                        org.assertj.core.groups.Tuple.tuple(SOURCE_TIME, 300L));
    }

    @Test
    void badQualityUnmappedUnknownSensorsAndGarbageAreQuarantinedWithTheirReason() {
        values.accept(session, "ns=2;s=PS1", 50.0, SOURCE_TIME, SourceQuality.BAD, "Bad_SensorFailure");
        values.accept(session, "ns=2;s=Elsewhere", 50.0, SOURCE_TIME, SourceQuality.GOOD, "Good");
        values.accept(session, "ns=2;s=Unknown", 50.0, SOURCE_TIME, SourceQuality.GOOD, "Good");
        values.accept(session, "ns=2;s=PS1", "garbage", SOURCE_TIME, SourceQuality.GOOD, "Good");
        values.accept(session, "ns=2;s=PS1", Double.NaN, SOURCE_TIME, SourceQuality.GOOD, "Good");
        values.accept(session, "ns=2;s=PS1", null, SOURCE_TIME, SourceQuality.GOOD, "Good");

        IngestBatch batch = out.drain();
        assertThat(batch.readings()).isEmpty();
        assertThat(batch.rejected())
                .extracting(r -> r.reason())
                .containsExactly(
                        RejectionReason.BAD_QUALITY,
                        RejectionReason.UNMAPPED_ADDRESS,
                        RejectionReason.UNKNOWN_METER,
                        RejectionReason.INVALID_NUMBER,
                        RejectionReason.INVALID_NUMBER,
                        RejectionReason.INVALID_NUMBER);
        assertThat(batch.rejected().getFirst().detail()).contains("Bad_SensorFailure");
        assertThat(batch.rejected().getFirst().raw()).startsWith("ns=2;s=PS1=50.0");
    }

    @Test
    void aBooleanStatusTagIsOneOrZero() {
        MappedValues pump = new MappedValues(
                TagMap.of("t", List.of(TagMapping.of("Pump1.Running", "pump-1", Measurand.LEVEL, Unit.METRE))));
        pump.accept(session, "Pump1.Running", true, SOURCE_TIME, SourceQuality.GOOD, "Good");
        pump.accept(session, "Pump1.Running", false, SOURCE_TIME.plusSeconds(1), SourceQuality.GOOD, "Good");

        assertThat(out.drain().readings()).extracting(Reading::value).containsExactly(1.0, 0.0);
    }
}
