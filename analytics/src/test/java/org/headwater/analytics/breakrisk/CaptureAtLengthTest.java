package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headwater.analytics.breakrisk.Pipes.aBreak;
import static org.headwater.analytics.breakrisk.Pipes.aRisk;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureAtLengthTest {

    // 1,000 m of network: A (30 m), B (20 m) and C (40 m) are ranked ahead of the long D (910 m)
    private final RiskRanking ranking = new RiskRanking(
            "hand",
            LocalDate.of(2016, 12, 31),
            List.of(aRisk("D", 910, 1), aRisk("C", 40, 2), aRisk("A", 30, 4), aRisk("B", 20, 3)));

    private final List<MainBreak> breaks = List.of(
            aBreak("A", "2017-02-01"),
            aBreak("A", "2017-03-01"),
            aBreak("C", "2017-04-01"),
            aBreak("D", "2017-05-01"),
            aBreak("unknown-asset", "2017-06-01"));

    @Test
    void fivePercentOfLengthTakesTheTopSegmentsThatFitIn50Metres() {
        // A + B = 50 m fit the 50 m budget: the two breaks on A out of four joined breaks
        assertThat(CaptureAtLength.of(ranking, breaks, 0.05)).isEqualTo(0.5);
    }

    @Test
    void tenPercentOfLengthAddsTheNextSegmentWhileItFits() {
        // A + B + C = 90 m fit in 100 m; D would overrun it
        assertThat(CaptureAtLength.of(ranking, breaks, 0.10)).isEqualTo(0.75);
    }

    @Test
    void aSegmentThatOverrunsTheBudgetIsNotTaken() {
        // 4 % = 40 m: A fits, B would make 50 m
        assertThat(CaptureAtLength.of(ranking, breaks, 0.04)).isEqualTo(0.5);
        assertThat(CaptureAtLength.of(ranking, breaks, 0.02)).isZero();
    }

    @Test
    void breaksOnAssetsOutsideTheRankingAreNotCounted() {
        assertThat(CaptureAtLength.of(ranking, List.of(aBreak("unknown-asset", "2017-01-01")), 0.05))
                .isNaN();
    }

    @Test
    void rejectsAFractionOutsideZeroToOne() {
        assertThatThrownBy(() -> CaptureAtLength.of(ranking, breaks, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lengthFraction");
    }
}
