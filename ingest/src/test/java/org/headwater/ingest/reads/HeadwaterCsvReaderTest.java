package org.headwater.ingest.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.LongStream;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HeadwaterCsvReaderTest {

    static final Instant NOW = Instant.parse("2024-05-02T00:00:00Z");
    static final String HEADER = "source_id,time,kind,value,unit,code,serial\n";

    private final InMemoryMeterDirectory directory = new InMemoryMeterDirectory()
            .putMeter("m1", MeterSpec.residentialDefault())
            .putMeter("m2", MeterSpec.residentialDefault())
            .putSensor("pt-1");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsEveryKindOfRowInCanonicalUnitsAndUtc() throws IOException {
        CsvReadReport report = read(HEADER
                + "m1,2024-05-01T10:00:00+02:00,interval,2.5,gal\n"
                + "pt-1,2024-05-01T08:00:00Z,pressure,50,psi\n"
                + "m1,2024-05-01T08:05:00Z,alarm,,,RF\n"
                + "pt-1,2024-05-01T08:00:00.5Z,chlorine,0.42,mg/L\n");

        assertThat(report).isEqualTo(new CsvReadReport(4, 4, 0, 0, 0));
        Reading interval = sink.readings(Measurand.INTERVAL_VOLUME).get(0);
        assertThat(interval.time()).isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
        assertThat(interval.value()).isCloseTo(9.4635, within(1e-4));
        assertThat(sink.readings(Measurand.PRESSURE).get(0).value()).isCloseTo(344.74, within(0.01));
        assertThat(sink.readings(Measurand.CHLORINE).get(0).time())
                .isEqualTo(Instant.parse("2024-05-01T08:00:00.500Z"));
        assertThat(sink.events()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(AlarmCode.REVERSE_FLOW);
            assertThat(e.vendorCode()).isEqualTo("RF");
        });
    }

    @Test
    void registerReadsBecomeIntervalVolumes() throws IOException {
        CsvReadReport report = read(
                HEADER + "m1,2024-05-01T00:00:00Z,register,1.000,m3\n" + "m1,2024-05-01T01:00:00Z,register,1.250,m3\n");

        assertThat(report.derivedIntervals()).isEqualTo(1);
        assertThat(sink.readings(Measurand.INTERVAL_VOLUME))
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isCloseTo(250, within(1e-9)));
    }

    @Test
    void malformedLineIsQuarantinedAndTheRestOfTheFileIsKept() throws IOException {
        CsvReadReport report = read(HEADER
                + "m1,2024-05-01T00:00:00Z,interval,1,L\n"
                + "this line is not csv\n"
                + "m1,2024-05-01T02:00:00Z,interval,3,L\n");

        assertThat(report).isEqualTo(new CsvReadReport(3, 2, 1, 0, 0));
        assertThat(sink.readings()).hasSize(2);
        RejectedRecord r = only(RejectionReason.MALFORMED_RECORD);
        assertThat(r.position()).isEqualTo(3);
        assertThat(r.raw()).isEqualTo("this line is not csv");
        assertThat(r.channel()).isEqualTo("csv:test.csv");
        assertThat(r.detail()).contains("1 comma-separated fields");
    }

    @Test
    void unknownUnitIsQuarantined() throws IOException {
        read(HEADER + "m1,2024-05-01T00:00:00Z,interval,1,furlongs\n");

        assertThat(only(RejectionReason.UNKNOWN_UNIT).detail()).contains("unit", "furlongs");
    }

    @Test
    void unitOfTheWrongFamilyIsQuarantined() throws IOException {
        read(HEADER + "m1,2024-05-01T00:00:00Z,interval,1,psi\n");

        assertThat(only(RejectionReason.UNIT_MISMATCH).detail()).contains("PSI", "INTERVAL_VOLUME");
    }

    @Test
    void unknownMeterIsQuarantined() throws IOException {
        read(HEADER + "m404,2024-05-01T00:00:00Z,interval,1,L\n");

        assertThat(only(RejectionReason.UNKNOWN_METER).detail()).contains("m404");
    }

    @Test
    void timestampInTheFutureIsQuarantined() throws IOException {
        read(HEADER + "m1,2024-05-03T00:00:00Z,interval,1,L\n");

        assertThat(only(RejectionReason.TIMESTAMP_IN_FUTURE).detail()).contains("2024-05-03T00:00:00Z");
    }

    @Test
    void timestampWithoutOffsetIsQuarantined() throws IOException {
        read(HEADER + "m1,2024-05-01T00:00:00,interval,1,L\n");

        assertThat(only(RejectionReason.INVALID_TIMESTAMP).detail()).contains("2024-05-01T00:00:00", "offset");
    }

    @Test
    void impossibleDateIsQuarantined() throws IOException {
        read(HEADER + "m1,2023-02-29T00:00:00Z,interval,1,L\n");

        assertThat(only(RejectionReason.INVALID_TIMESTAMP).detail()).contains("2023-02-29");
    }

    @Test
    void valueThatIsNotANumberIsQuarantined() throws IOException {
        read(HEADER + "m1,2024-05-01T00:00:00Z,interval,NaN,L\n");

        assertThat(only(RejectionReason.INVALID_NUMBER).detail()).contains("value", "NaN");
    }

    @Test
    void missingValueIsQuarantined() throws IOException {
        read(HEADER + "m1,2024-05-01T00:00:00Z,interval,,L\n");

        assertThat(only(RejectionReason.MISSING_FIELD).detail()).isEqualTo("value is empty");
    }

    @Test
    void unknownKindIsQuarantined() throws IOException {
        read(HEADER + "m1,2024-05-01T00:00:00Z,voltage,3,L\n");

        assertThat(only(RejectionReason.MALFORMED_RECORD).detail()).contains("voltage");
    }

    @Test
    void unknownAlarmCodeIsQuarantined() throws IOException {
        read(HEADER + "m1,2024-05-01T00:00:00Z,alarm,,,XYZ-9\n");

        assertThat(only(RejectionReason.UNKNOWN_ALARM_CODE).detail()).contains("XYZ-9");
    }

    @Test
    void registerGoingBackwardsIsQuarantinedAndBothReadsAreKept() throws IOException {
        CsvReadReport report = read(
                HEADER + "m1,2024-05-01T00:00:00Z,register,456017,L\n" + "m1,2024-05-01T01:00:00Z,register,207814,L\n");

        assertThat(report).isEqualTo(new CsvReadReport(2, 2, 0, 0, 1));
        assertThat(sink.readings(Measurand.REGISTER)).hasSize(2);
        assertThat(only(RejectionReason.REGISTER_WENT_BACKWARDS).detail()).contains("m1", "went backwards");
    }

    @Test
    void overlongLineIsQuarantinedAndTheNextLineIsRead() throws IOException {
        var reader = new HeadwaterCsvReader(ReadIntake.withDefaults(directory, clock), clock, 100, 64);
        String csv = HEADER + "m1,2024-05-01T00:00:00Z,interval,1,L," + "x".repeat(500) + "\n"
                + "m1,2024-05-01T01:00:00Z,interval,2,L\n";

        CsvReadReport report = reader.read(bytes(csv), "csv:test.csv", sink);

        assertThat(report).isEqualTo(new CsvReadReport(2, 1, 1, 0, 0));
        assertThat(only(RejectionReason.MALFORMED_RECORD).detail()).contains("longer than");
    }

    @Test
    void wrongHeaderFailsTheFileNamingTheHeader() {
        assertThatThrownBy(() -> read("meter,when,what\nm1,2024-05-01T00:00:00Z,interval,1,L\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("meter,when,what");
    }

    @Test
    void crlfLineEndingsAndCommentsAreAccepted() throws IOException {
        CsvReadReport report = read("# export of 2024-05-01\r\nmeter_id,time,kind,value,unit\r\n"
                + "m1,2024-05-01T00:00:00Z,interval,1,L\r\n\r\n");

        assertThat(report).isEqualTo(new CsvReadReport(1, 1, 0, 0, 0));
    }

    @Test
    void largeFilesAreDeliveredInBatches() throws IOException {
        var reader = new HeadwaterCsvReader(ReadIntake.withDefaults(directory, clock), clock, 10, 4096);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 95; i++) {
            csv.append("m1,2024-04-30T00:")
                    .append(String.format("%02d", i % 60))
                    .append(":")
                    .append(String.format("%02d", i / 60))
                    .append("Z,interval,1,L\n");
        }

        reader.read(bytes(csv.toString()), "csv:test.csv", sink);

        assertThat(sink.batches).hasSize(10);
        assertThat(sink.readings()).hasSize(95);
    }

    static java.util.List<Long> seeds() {
        return LongStream.range(0, 20).boxed().toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noReadingIsLostEveryLineIsAcceptedOrQuarantined(long seed) throws IOException {
        Random random = new Random(seed);
        String[] corruptions = {
            "m404,2024-05-01T00:00:00Z,interval,1,L",
            "m1,2024-05-01T00:00:00Z,interval,1,quarts",
            "m1,2099-01-01T00:00:00Z,interval,1,L",
            "m1,yesterday,interval,1,L",
            "m1,,interval,1,L",
            "m1,2024-05-01T00:00:00Z,interval,1.2.3,L",
            "garbage",
            "m1,2024-05-01T00:00:00Z,alarm,,,??",
            "a,b,c,d,e,f,g,h"
        };
        StringBuilder csv = new StringBuilder(HEADER);
        int lines = 200 + random.nextInt(300);
        int bad = 0;
        for (int i = 0; i < lines; i++) {
            if (random.nextInt(5) == 0) {
                csv.append(corruptions[random.nextInt(corruptions.length)]);
                bad++;
            } else {
                String meter = random.nextBoolean() ? "m1" : "pt-1";
                String kind = meter.equals("m1") ? "interval" : "pressure";
                String unit = meter.equals("m1") ? "gal" : "kPa";
                csv.append(meter)
                        .append(",2024-04-")
                        .append(10 + random.nextInt(20))
                        .append("T0")
                        .append(random.nextInt(10))
                        .append(":00:00Z,")
                        .append(kind)
                        .append(",")
                        .append(random.nextInt(1000) / 10.0)
                        .append(",")
                        .append(unit);
            }
            csv.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        var reader =
                new HeadwaterCsvReader(ReadIntake.withDefaults(directory, clock), clock, 1 + random.nextInt(50), 4096);

        CsvReadReport report = reader.read(bytes(csv.toString()), "csv:test.csv", sink);

        assertThat(report.records()).isEqualTo(lines);
        assertThat(report.rejected()).isEqualTo(bad);
        assertThat(sink.readings().size()
                        + sink.events().size()
                        + sink.rejected().size())
                .isEqualTo(lines);
    }

    private CsvReadReport read(String csv) throws IOException {
        var reader = new HeadwaterCsvReader(ReadIntake.withDefaults(directory, clock), clock);
        return reader.read(bytes(csv), "csv:test.csv", sink);
    }

    private RejectedRecord only(RejectionReason reason) {
        assertThat(sink.rejected()).extracting(RejectedRecord::reason).containsExactly(reason);
        return sink.rejected().get(0);
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
