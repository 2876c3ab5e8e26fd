package org.headwater.ingest.historian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.TagMap;
import org.headwater.ingest.sources.TagMapping;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistorianImportTest {

    static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

    @TempDir
    Path dir;

    private final List<IngestBatch> stored = new ArrayList<>();
    private final TagMap map = TagMap.of(
            "historian-tags.csv",
            List.of(
                    TagMapping.of("PLANT.PS1.PRESSURE", "ps-1", Measurand.PRESSURE, Unit.PSI),
                    TagMapping.of("[default]Plant/Tank1/Level", "tank-1", Measurand.LEVEL, Unit.METRE),
                    TagMapping.of("[default]Plant/Pump1/Running", "pump-1", Measurand.PUMP_RUNNING, Unit.ON_OFF)));
    private final ReadIntake intake = ReadIntake.withDefaults(
            new InMemoryMeterDirectory().putSensor("ps-1").putSensor("tank-1").putSensor("pump-1"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsAPiExportWithLocalTimestampsAndQuarantinesDigitalStates() throws IOException {
        Path file = Files.writeString(dir.resolve("pi.csv"), """
                Tag,Timestamp,Value,Status
                PLANT.PS1.PRESSURE,01-Mar-2026 10:00:00,50,Good
                PLANT.PS1.PRESSURE,01-Mar-2026 10:01:00,51.5,Questionable
                PLANT.PS1.PRESSURE,01-Mar-2026 10:02:00,Bad Input,
                PLANT.PS1.PRESSURE,01-Mar-2026 10:03:00,52,Bad
                PLANT.UNMAPPED,01-Mar-2026 10:03:00,1,Good
                """);

        HistorianImport.Report report = importer(ZoneId.of("Europe/Madrid")).run(file, dir.resolve("pi.progress"));

        assertThat(report).isEqualTo(new HistorianImport.Report(5, 0, 2, 3));
        assertThat(readings())
                .extracting(Reading::time)
                .containsExactly(Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-01T09:01:00Z"));
        assertThat(readings().getFirst().value()).isCloseTo(344.74, within(0.01));
        assertThat(rejected())
                .extracting(RejectedRecord::reason)
                .containsExactly(
                        RejectionReason.BAD_QUALITY, RejectionReason.BAD_QUALITY, RejectionReason.UNMAPPED_ADDRESS);
        assertThat(rejected().getFirst().detail()).contains("Bad Input");
        assertThat(rejected().getFirst().channel()).isEqualTo("historian:pi.csv");
    }

    @Test
    void readsAnIgnitionExportWithEpochMillisecondsAndNumericQuality() throws IOException {
        Path file = Files.writeString(dir.resolve("ignition.csv"), """
                tagPath,value,quality,t_stamp
                [default]Plant/Tank1/Level,4.25,192,1772359200000
                [default]Plant/Pump1/Running,true,192,1772359200000
                [default]Plant/Tank1/Level,4.30,0,1772359260000
                "[default]Plant/Tank1/Level",4.35,Good,2026-03-01T10:02:00Z
                """);

        HistorianImport.Report report = importer(ZoneOffset.UTC).run(file, dir.resolve("ign.progress"));

        assertThat(report).isEqualTo(new HistorianImport.Report(4, 0, 3, 1));
        assertThat(readings())
                .extracting(Reading::sourceId, Reading::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tank-1", 4.25),
                        org.assertj.core.groups.Tuple.tuple("pump-1", 1.0),
                        org.assertj.core.groups.Tuple.tuple("tank-1", 4.35));
        assertThat(readings().getFirst().time()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void aSecondRunResumesAfterTheLastStoredLine() throws IOException {
        StringBuilder csv = new StringBuilder("Tag,Timestamp,Value\n");
        for (int i = 0; i < 10; i++) {
            csv.append("PLANT.PS1.PRESSURE,2026-03-01T10:")
                    .append(String.format("%02d", i))
                    .append(":00Z,50\n");
        }
        Path file = Files.writeString(dir.resolve("pi.csv"), csv);
        Path progress = HistorianImport.progressFileOf(file);
        Files.writeString(progress, "line=5\n"); // a run that stored lines 2..5 and stopped

        HistorianImport.Report resumed = importer(ZoneOffset.UTC).run(file, progress);
        HistorianImport.Report again = importer(ZoneOffset.UTC).run(file, progress);

        assertThat(resumed).isEqualTo(new HistorianImport.Report(10, 4, 6, 0));
        assertThat(readings()).extracting(Reading::time).first().isEqualTo(Instant.parse("2026-03-01T10:04:00Z"));
        assertThat(again).isEqualTo(new HistorianImport.Report(10, 10, 0, 0));
        assertThat(Files.readString(progress)).isEqualTo("line=11\n");
    }

    @Test
    void aHeaderWithoutTagTimeAndValueColumnsIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("odd.csv"), "name,when,reading\n");

        assertThatThrownBy(() -> importer(ZoneOffset.UTC).run(file, dir.resolve("p")))
                .hasMessageContaining("odd.csv line 1")
                .hasMessageContaining("docs/connectors.md");
    }

    private HistorianImport importer(ZoneId zone) {
        return new HistorianImport(map, intake, stored::add, Clock.fixed(NOW, ZoneOffset.UTC), zone, 3);
    }

    private List<Reading> readings() {
        return stored.stream().flatMap(b -> b.readings().stream()).toList();
    }

    private List<RejectedRecord> rejected() {
        return stored.stream().flatMap(b -> b.rejected().stream()).toList();
    }
}
