package org.headwater.detect.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WaterQualityCsvTest {

    private static final String HEADER =
            "\"Time\",\"Tp\",\"Cl\",\"pH\",\"Redox\",\"Leit\",\"Trueb\",\"Cl_2\",\"Fm\",\"Fm_2\",\"EVENT\"\n";

    private static LabelledSeries read(String text) throws IOException {
        return WaterQualityCsv.read(new BufferedReader(new StringReader(text)), "test.csv", WaterQualityCsv.GECCO);
    }

    @Test
    void readsQuotedGeccoRowsWithMissingValuesAsNaN() throws IOException {
        LabelledSeries series = read(HEADER
                + "\"2016-08-03 09:49:00\",6.5,0.17,8.36,749,211,0.011,0.118,1677,695,\"FALSE\"\n"
                + "\"2016-08-03 09:50:00\",,NA,8.36,749,211,0.011,0.118,1561,696,\"TRUE\"\n");

        assertThat(series.size()).isEqualTo(2);
        assertThat(series.samples().get(1).values()[0]).isNaN();
        assertThat(series.samples().get(1).values()[1]).isNaN();
        assertThat(series.samples().get(1).values()[2]).isEqualTo(8.36);
        assertThat(series.labels()).containsExactly(false, true);
    }

    @Test
    void unknownColumnIsNamed() {
        assertThatThrownBy(() -> read(HEADER.replace("\"EVENT\"", "\"EVENT\",\"Druck\"")
                        + "\"2016-08-03 09:49:00\",6.5,0.17,8.36,749,211,0.011,0.118,1677,695,\"FALSE\",3\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown column(s) [Druck]");
    }

    @Test
    void missingColumnIsNamed() {
        assertThatThrownBy(() -> read(HEADER.replace(",\"Fm_2\"", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing column(s) [Fm_2]");
    }

    @Test
    void timeGoingBackwardsIsRejectedWithItsLine() {
        assertThatThrownBy(() -> read(HEADER
                        + "\"2016-08-03 09:50:00\",6.5,0.17,8.36,749,211,0.011,0.118,1677,695,\"FALSE\"\n"
                        + "\"2016-08-03 09:49:00\",6.5,0.17,8.36,749,211,0.011,0.118,1677,695,\"FALSE\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.csv line 3: time 2016-08-03 09:49:00 is not after the previous time");
    }

    @Test
    void repeatedTimeIsRejected() {
        assertThatThrownBy(() -> read(HEADER
                        + "\"2016-08-03 09:50:00\",6.5,0.17,8.36,749,211,0.011,0.118,1677,695,\"FALSE\"\n"
                        + "\"2016-08-03 09:50:00\",6.5,0.17,8.36,749,211,0.011,0.118,1677,695,\"FALSE\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly increasing time order");
    }

    @Test
    void channelWithoutAnyValueIsNamed() {
        assertThatThrownBy(() -> read(HEADER
                        + "\"2016-08-03 09:49:00\",6.5,,8.36,749,211,0.011,0.118,1677,695,\"FALSE\"\n"
                        + "\"2016-08-03 09:50:00\",6.5,NA,8.36,749,211,0.011,0.118,1677,695,\"FALSE\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channel(s) [Cl] have no values in any of the 2 rows (all missing)");
    }

    @Test
    void unreadableNumberNamesLineColumnAndValue() {
        assertThatThrownBy(() ->
                        read(HEADER + "\"2016-08-03 09:49:00\",6.5,0.17,acht,749,211,0.011,0.118,1677,695,\"FALSE\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.csv line 2: column pH has 'acht', not a number");
    }

    @Test
    void badLabelIsNamed() {
        assertThatThrownBy(() ->
                        read(HEADER + "\"2016-08-03 09:49:00\",6.5,0.17,8.3,749,211,0.011,0.118,1677,695,\"maybe\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column EVENT has 'maybe', expected TRUE or FALSE");
    }
}
