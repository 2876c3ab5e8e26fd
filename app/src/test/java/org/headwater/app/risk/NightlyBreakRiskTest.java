package org.headwater.app.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NightlyBreakRiskTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @Test
    void theNextRunIsTonightBeforeTheRunTimeAndTomorrowAfterIt() {
        LocalTime twoAm = LocalTime.of(2, 0);

        assertThat(NightlyBreakRisk.nextRunAfter(Instant.parse("2024-05-02T05:59:00Z"), twoAm, TORONTO))
                .isEqualTo(Instant.parse("2024-05-02T06:00:00Z"));
        assertThat(NightlyBreakRisk.nextRunAfter(Instant.parse("2024-05-02T06:00:00Z"), twoAm, TORONTO))
                .isEqualTo(Instant.parse("2024-05-03T06:00:00Z"));
    }

    @Test
    void aRunTimeSkippedBySpringForwardMovesToTheFirstTimeThatExists() {
        // 10 March 2024: Toronto clocks jump from 02:00 to 03:00 EDT (07:00 UTC)
        assertThat(NightlyBreakRisk.nextRunAfter(Instant.parse("2024-03-10T05:00:00Z"), LocalTime.of(2, 30), TORONTO))
                .isEqualTo(Instant.parse("2024-03-10T07:30:00Z"));
    }
}
