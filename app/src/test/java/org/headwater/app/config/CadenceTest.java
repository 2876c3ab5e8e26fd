package org.headwater.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @Test
    void aDailyJobIsNextDueTonightBeforeItsTimeAndTomorrowAfterIt() {
        Cadence twoAm = Cadence.dailyAt(LocalTime.of(2, 0), TORONTO);

        assertThat(twoAm.first(Instant.parse("2024-05-02T05:59:00Z"))).isEqualTo(Instant.parse("2024-05-02T06:00:00Z"));
        assertThat(twoAm.next(Instant.parse("2024-05-02T06:00:00Z"))).isEqualTo(Instant.parse("2024-05-03T06:00:00Z"));
    }

    @Test
    void aDailyTimeSkippedBySpringForwardMovesToTheFirstTimeThatExists() {
        // 10 March 2024: Toronto clocks jump from 02:00 to 03:00 EDT (07:00 UTC)
        assertThat(Cadence.dailyAt(LocalTime.of(2, 30), TORONTO).next(Instant.parse("2024-03-10T05:00:00Z")))
                .isEqualTo(Instant.parse("2024-03-10T07:30:00Z"));
    }

    @Test
    void aJobDueAtEveryLookIsDueAtOnceAndAgainRightAfterEachRun() {
        Instant t = Instant.parse("2024-05-02T05:59:00Z");

        assertThat(Cadence.atEveryLook().first(t)).isEqualTo(t);
        assertThat(Cadence.atEveryLook().next(t)).isEqualTo(t);
    }
}
