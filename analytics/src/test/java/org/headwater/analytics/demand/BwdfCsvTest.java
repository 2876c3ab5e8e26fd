package org.headwater.analytics.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BwdfCsvTest {

    private static final String HEADER = "Date-time CET-CEST (DD/MM/YYYY HH:mm),DMA 1 (L/s),DMA 2 (L/s)";

    @TempDir
    Path dir;

    @Test
    void repeatedAutumnHourIsSummerTimeThenWinterTime() {
        HourlyTable table = BwdfCsv.read(BwdfTestData.csv(
                dir,
                "autumn.csv",
                List.of(
                        HEADER,
                        "31/10/2021 01:00,1,10",
                        "31/10/2021 02:00,2,20",
                        "31/10/2021 02:00,3,30",
                        "31/10/2021 03:00,4,40")));

        HourlySeries dma1 = table.column("DMA 1");
        assertThat(dma1.size()).isEqualTo(4);
        assertThat(dma1.at(Instant.parse("2021-10-31T00:00:00Z"))).isEqualTo(2); // 02:00 CEST
        assertThat(dma1.at(Instant.parse("2021-10-31T01:00:00Z"))).isEqualTo(3); // 02:00 CET
        assertThat(dma1.at(Instant.parse("2021-10-31T02:00:00Z"))).isEqualTo(4);
    }

    @Test
    void springChangeSkipsTheMissingHourWithoutAGap() {
        HourlyTable table = BwdfCsv.read(
                BwdfTestData.csv(dir, "spring.csv", List.of(HEADER, "27/03/2022 01:00,1,10", "27/03/2022 03:00,2,20")));

        assertThat(table.column("DMA 2").values()).containsExactly(10, 20);
    }

    @Test
    void aThirdCopyOfTheAutumnHourIsReportedAsADuplicate() {
        Path file = BwdfTestData.csv(
                dir,
                "dup.csv",
                List.of(HEADER, "31/10/2021 02:00,1,1", "31/10/2021 02:00,2,2", "31/10/2021 02:00,3,3"));

        assertThatThrownBy(() -> BwdfCsv.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("duplicate");
    }

    @Test
    void anHourThatDoesNotExistInSpringIsReported() {
        Path file = BwdfTestData.csv(dir, "gap.csv", List.of(HEADER, "27/03/2022 02:00,1,1"));

        assertThatThrownBy(() -> BwdfCsv.read(file))
                .hasMessageContaining("line 2")
                .hasMessageContaining("DST gap");
    }

    @Test
    void anUnparsableValueNamesLineColumnAndValue() {
        Path file = BwdfTestData.csv(dir, "bad.csv", List.of(HEADER, "01/03/2022 00:00,1,1", "01/03/2022 01:00,1,x7"));

        assertThatThrownBy(() -> BwdfCsv.read(file))
                .hasMessageContaining("line 3")
                .hasMessageContaining("DMA 2")
                .hasMessageContaining("'x7'");
    }

    @Test
    void nanAndEmptyCellsAreGapsAndMissingRowsToo() {
        HourlyTable table = BwdfCsv.read(
                BwdfTestData.csv(dir, "gaps.csv", List.of(HEADER, "01/03/2022 00:00,NaN,1", "01/03/2022 02:00,,2")));

        assertThat(table.column("DMA 1").values()).containsExactly(Double.NaN, Double.NaN, Double.NaN);
        assertThat(table.column("DMA 2").values()).containsExactly(1, Double.NaN, 2);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> BwdfCsv.read(dir.resolve("nope.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file not found")
                .hasMessageContaining("nope.csv");
    }

    @Test
    void compressedExcerptReadsAllTenDmasWithTheAutumnHourTwice() {
        HourlyTable table = BwdfCsv.read(BwdfTestData.AUTUMN_INFLOWS);

        assertThat(table.names()).hasSize(10).startsWith("DMA 1").endsWith("DMA 10");
        assertThat(table.column("DMA 1").size()).isEqualTo(841); // 35 days * 24 + the repeated hour
    }

    @Test
    void laterFileSuppliesValuesWhereFilesOverlap() {
        HourlyTable first = BwdfCsv.read(
                BwdfTestData.csv(dir, "a.csv", List.of(HEADER, "01/03/2022 00:00,1,1", "01/03/2022 01:00,1,1")));
        HourlyTable second = BwdfCsv.read(
                BwdfTestData.csv(dir, "b.csv", List.of(HEADER, "01/03/2022 01:00,5,NaN", "01/03/2022 02:00,6,6")));

        HourlyTable joined = HourlyTable.concatenate(List.of(first, second));

        assertThat(joined.column("DMA 1").values()).containsExactly(1, 5, 6);
        assertThat(joined.column("DMA 2").values()).containsExactly(1, 1, 6);
    }

    @Test
    void filesWithDifferentDmaColumnsAreRejected() {
        HourlyTable first = BwdfCsv.read(BwdfTestData.csv(dir, "a.csv", List.of(HEADER, "01/03/2022 00:00,1,1")));
        HourlyTable other = BwdfCsv.read(BwdfTestData.csv(
                dir, "c.csv", List.of("Date-time CET-CEST (DD/MM/YYYY HH:mm),DMA 11 (L/s)", "01/03/2022 01:00,5")));

        assertThatThrownBy(() -> HourlyTable.concatenate(List.of(first, other))).hasMessageContaining("DMA 11");
    }
}
