package org.headwater.ingest.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterDirectory;
import org.headwater.telemetry.RejectionReason;
import org.junit.jupiter.api.Test;

class DaiadReaderTest {

    private static final Path SHIPPED = Path.of("../data/ami-daiad-alicante/swm_trialA_clean_2016-03_2017-02.csv.gz");

    @Test
    void theShippedTrialBecomesRegisterReadsAndHourlyIntervals() throws IOException {
        var intake =
                ReadIntake.withDefaults(MeterDirectory.acceptingAll(MeterSpec.residentialDefault()), Clock.systemUTC());
        CountingSink sink = new CountingSink();

        CsvReadReport report;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SHIPPED))) {
            report = new DaiadReader(intake, Clock.systemUTC()).read(in, "csv:daiad", sink);
        }

        // SOURCE.md: 673,927 rows of 92 households.
        assertThat(report.records()).isEqualTo(673_927);
        assertThat(report.rejected()).isZero();
        assertThat(sink.registers).isEqualTo(673_927);
        // Most consecutive reads are one hour apart, so most reads complete an interval.
        assertThat(report.derivedIntervals()).isGreaterThan(600_000);
        assertThat(sink.intervals).isEqualTo(report.derivedIntervals());
    }

    @Test
    void localTimesAreConvertedWithTheAlicanteZone() throws IOException {
        var directory = new InMemoryMeterDirectory().putMeter("home-1", MeterSpec.residentialDefault());
        var intake = ReadIntake.withDefaults(directory, Clock.systemUTC());
        var sink = new CollectingSink();
        String csv = """
                user.key;datetime;meter.reading;diff
                abc;01/07/2016 10:19:43;1000;0
                abc;01/07/2016 11:19:44;1012;12
                xyz;01/07/2016 11:19:44;1;0
                abc;31/02/2016 11:19:44;1012;12
                """;

        CsvReadReport report = new DaiadReader(
                        intake, Clock.systemUTC(), DaiadReader.ALICANTE, key -> key.equals("abc") ? "home-1" : key, 100)
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "csv:daiad", sink);

        assertThat(report).isEqualTo(new CsvReadReport(4, 2, 2, 1, 0));
        assertThat(sink.readings(Measurand.REGISTER).get(0).time()).isEqualTo(Instant.parse("2016-07-01T08:19:43Z"));
        assertThat(sink.readings(Measurand.INTERVAL_VOLUME).get(0).value()).isEqualTo(12);
        assertThat(sink.rejected())
                .extracting(r -> r.reason())
                .containsExactly(RejectionReason.UNKNOWN_METER, RejectionReason.INVALID_TIMESTAMP);
    }

    // Found by bench fuzz: a byte-order mark in front refused the whole file; an empty file said "but was null".
    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkippedAndAnEmptyFileSaysSo() throws IOException {
        var directory = new InMemoryMeterDirectory().putMeter("abc", MeterSpec.residentialDefault());
        var reader = new DaiadReader(ReadIntake.withDefaults(directory, Clock.systemUTC()), Clock.systemUTC());
        byte[] withBom = "\uFEFFuser.key;datetime;meter.reading;diff\nabc;01/07/2016 10:19:43;1000;0\n"
                .getBytes(StandardCharsets.UTF_8);

        CsvReadReport report = reader.read(new ByteArrayInputStream(withBom), "csv:daiad", new CollectingSink());

        assertThat(report.accepted()).isEqualTo(1);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[0]), "csv:daiad", new CollectingSink()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("csv:daiad line 1: the file is empty, expected the header"
                        + " \"user.key;datetime;meter.reading;diff\"");
    }

    /**
     * A runaway line (a file without line breaks, a corrupt export) is quarantined once, cut at the
     * limit, and the lines after it are read: memory stays bounded whatever the line's length. The
     * 200 MB line is generated as it is read, so only the reader could hold it.
     */
    @Test
    void aRunawayLineIsQuarantinedWithoutBeingHeldAndTheNextLinesAreRead() throws IOException {
        var directory = new InMemoryMeterDirectory().putMeter("abc", MeterSpec.residentialDefault());
        var intake = ReadIntake.withDefaults(directory, Clock.systemUTC());
        var sink = new CollectingSink();
        byte[] head = "user.key;datetime;meter.reading;diff\nabc;01/07/2016 10:19:43;1000;0\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\nabc;01/07/2016 11:19:44;1012;12\n".getBytes(StandardCharsets.UTF_8);
        long runaway = 200L << 20;
        InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(head), repeated((byte) '9', runaway), new ByteArrayInputStream(tail))));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        CsvReadReport report = new DaiadReader(intake, Clock.systemUTC()).read(in, "csv:daiad", sink);

        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(report).isEqualTo(new CsvReadReport(3, 2, 1, 1, 0));
        assertThat(sink.rejected()).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo(RejectionReason.MALFORMED_RECORD);
            assertThat(r.detail()).isEqualTo("line is longer than the limit of 4096 bytes");
        });
        assertThat(allocated)
                .as("bytes allocated reading a %d-byte line", runaway)
                .isLessThan(runaway / 4);
    }

    private static InputStream repeated(byte b, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? b : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, b);
                left -= n;
                return n;
            }
        };
    }

    /** Counts instead of keeping 1.3 million readings. */
    private static final class CountingSink implements org.headwater.telemetry.TelemetrySink {
        long registers;
        long intervals;

        @Override
        public void accept(org.headwater.telemetry.IngestBatch batch) {
            for (var r : batch.readings()) {
                if (r.measurand() == Measurand.REGISTER) {
                    registers++;
                } else {
                    intervals++;
                }
            }
        }
    }
}
