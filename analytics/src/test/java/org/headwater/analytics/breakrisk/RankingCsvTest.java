package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingCsvTest {

    @Test
    void writesTheRankedListWithCumulativeLengthAndReasons() throws IOException {
        RiskRanking ranking = new RiskRanking(
                "hand",
                LocalDate.of(2016, 12, 31),
                List.of(
                        new SegmentRisk("B", 300, 0.01, 0.033, List.of()),
                        new SegmentRisk(
                                "A",
                                100,
                                0.2,
                                2.0,
                                List.of(
                                        new RiskFactor("prior breaks on pipe", "3", 1.39),
                                        new RiskFactor("material", "CI, lined", 0.5)))));
        StringWriter out = new StringWriter();

        RankingCsv.write(ranking, out);

        assertThat(out.toString().lines().toList())
                .containsExactly(
                        "rank,asset_id,length_m,cumulative_length_pct,break_likelihood,priority,factor_1,factor_2,factor_3",
                        "1,A,100.0,25.00,0.20000,2.0000,prior breaks on pipe=3 (+1.39),\"material=CI, lined (+0.50)\",",
                        "2,B,300.0,100.00,0.01000,0.0330,,,");
    }

    @Test
    void anImportedAssetIdThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        RiskRanking ranking = new RiskRanking(
                "hand",
                LocalDate.of(2016, 12, 31),
                List.of(new SegmentRisk("=cmd|' /C calc'!A0", 100, 0.2, 2.0, List.of())));
        StringWriter out = new StringWriter();

        RankingCsv.write(ranking, out);

        assertThat(out.toString().lines().toList().get(1)).startsWith("1,'=cmd|' /C calc'!A0,");
    }
}
