package org.headwater.detect.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.HourlySeries;
import org.junit.jupiter.api.Test;

class UseReductionRankingTest {

    private static final Instant START = ChainDriver.START;

    @Test
    void theAccountsWithTheLargestReductionInUseComeFirst() {
        // EPA "AMI Data and Resilience": Cleveland Water listed the accounts with the largest reduction of usage.
        List<Reading> readings = new ArrayList<>();
        readings.addAll(HourlySeries.of("office", START, 24 * 14, h -> h < 24 * 7 ? 50 : 1));
        readings.addAll(HourlySeries.of("home", START, 24 * 14, h -> h < 24 * 7 ? 8 : 10));
        readings.addAll(HourlySeries.of("shop", START, 24 * 14, h -> h < 24 * 7 ? 20 : 5));
        UseReductionRanking ranking =
                new UseReductionRanking(START, START.plus(Duration.ofDays(7)), START.plus(Duration.ofDays(14)));

        List<UseReductionRanking.UseReduction> top = ranking.rank(readings, 2);

        assertThat(top).extracting(UseReductionRanking.UseReduction::sourceId).containsExactly("office", "shop");
        assertThat(top.getFirst().reductionLitresPerDay())
                .isCloseTo(49 * 24, org.assertj.core.data.Offset.offset(50.0));
    }

    @Test
    void periodsMustFollowEachOther() {
        assertThatThrownBy(() -> new UseReductionRanking(START, START, START.plusSeconds(1)))
                .hasMessageContaining("baselineFrom");
    }
}
