package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitchenerReadersTest {

    static final Path KITCHENER = Path.of("../data/water-main-breaks-kitchener");

    @TempDir
    Path dir;

    @Test
    void readsTheShippedRegisterAndHistory() {
        AssetRegister register =
                AssetRegister.readKitchener(KITCHENER.resolve("water_mains_inventory_snapshot2023.csv.gz"));
        BreakHistory history = BreakHistory.read(KITCHENER.resolve("water_main_breaks_1985-2019.csv.gz"));

        assertThat(register.segments()).hasSize(15_903);
        assertThat(history.breaks()).hasSize(2_480);
        assertThat(history.notes()).anyMatch(note -> note.contains("19 non-main"));
        assertThat(history.lastDate()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(history.firstFullYear()).isEqualTo(1997);
        assertThat(register.notes()).anyMatch(note -> note.contains("135 segments without INSTALLATION_DATE"));
    }

    @Test
    void readsPlainAndGzipCompressedFilesAlike() throws IOException {
        String csv = "WATBREAKINCIDENTID,INCIDENT_DATE,BREAK_TYPE,ASSETID,NOTE\n"
                + "1,2015/03/02 00:00:00+00,MAIN,42,\"frozen, \"\"deep\"\"\"\n";
        Path plain = Files.writeString(dir.resolve("breaks.csv"), csv);
        Path gzip = dir.resolve("breaks.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(BreakHistory.read(plain).breaks())
                .containsExactly(new MainBreak("1", LocalDate.of(2015, 3, 2), "42", ""));
        assertThat(BreakHistory.read(gzip).breaks())
                .isEqualTo(BreakHistory.read(plain).breaks());
    }

    @Test
    void readsTheGenericBreakFormatWithOnlyAssetAndDate() throws IOException {
        Path file = Files.writeString(
                dir.resolve("work_orders.csv"),
                "asset_id,date,break_type\nP-7,2018-02-03,main\nP-8,2018-02-04,service\nP-9,2018-03-01,\n");

        BreakHistory history = BreakHistory.read(file);

        assertThat(history.breaks())
                .extracting(MainBreak::assetId, MainBreak::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P-7", LocalDate.of(2018, 2, 3)),
                        org.assertj.core.groups.Tuple.tuple("P-9", LocalDate.of(2018, 3, 1)));
        assertThat(history.notes()).containsExactly("work_orders.csv: 1 non-main (service) break left out");
    }

    @Test
    void aMissingColumnIsNamedWithTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("mains.csv"), "WATMAINID,MATERIAL,PIPE_SIZE\n1,CI,150\n");

        assertThatThrownBy(() -> AssetRegister.readKitchener(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mains.csv")
                .hasMessageContaining("missing column(s) INSTALLATION_DATE, Shape__Length");
    }

    @Test
    void aBadDateNamesTheRowColumnAndValue() throws IOException {
        Path file = Files.writeString(
                dir.resolve("breaks.csv"), "INCIDENT_DATE,ASSETID\n2015/03/02 00:00:00+00,1\n2015/13/45,2\n");

        assertThatThrownBy(() -> BreakHistory.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("breaks.csv row 2")
                .hasMessageContaining("INCIDENT_DATE")
                .hasMessageContaining("'2015/13/45'");
    }

    @Test
    void unknownMaterialsAndMissingInstallDatesAndLengthsAreKeptAndReported() throws IOException {
        Path file = Files.writeString(
                dir.resolve("mains.csv"),
                "WATMAINID,MATERIAL,PIPE_SIZE,INSTALLATION_DATE,Shape__Length\n"
                        + "1,UNOBTAINIUM,150,,12.5\n2,CI,150,1950/01/01 00:00:00+00,\n");

        AssetRegister register = AssetRegister.readKitchener(file);

        assertThat(register.segments()).hasSize(2);
        assertThat(register.inServiceOn(LocalDate.of(1940, 12, 31)))
                .extracting(PipeSegment::assetId)
                .containsExactly("1");
        assertThat(register.notes())
                .anyMatch(note -> note.contains("UNOBTAINIUM"))
                .anyMatch(note -> note.contains("1 segment without INSTALLATION_DATE"))
                .anyMatch(note -> note.contains("1 segment without Shape__Length: counted as 0 m"));
        assertThat(register.segment("2")).extracting(PipeSegment::lengthMetres).isEqualTo(0.0);
    }

    @Test
    void anAsOfDateAfterTheLastBreakIsRefused() {
        BreakHistory history =
                new BreakHistory(java.util.List.of(Pipes.aBreak("A", "2019-12-31")), java.util.List.of());

        assertThatThrownBy(() -> WalkForwardEvaluation.checkAsOf(history, LocalDate.of(2020, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--as-of 2020-06-30 is after the last break")
                .hasMessageContaining("2019-12-31");
    }
}
