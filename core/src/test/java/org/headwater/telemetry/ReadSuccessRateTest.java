package org.headwater.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadSuccessRateTest {

    private static final Instant END = Instant.parse("2024-05-04T00:00:00Z");
    private final ReadSuccessRate rsr = ReadSuccessRate.overThreeDays();

    @Test
    void anHourlyMeterIsExpectedToRead72TimesInThreeDays() {
        var rate = rsr.ofMeter(Duration.ofHours(1), hourly(72, 0), END);

        assertThat(rate).isEqualTo(new ReadSuccessRate.Rate(72, 72));
        assertThat(rate.fraction()).isEqualTo(1.0);
    }

    @Test
    void missingReadsLowerTheRate() {
        List<Instant> reads = hourly(72, 0);
        reads.remove(10);

        assertThat(rsr.ofMeter(Duration.ofHours(1), reads, END).fraction()).isEqualTo(71.0 / 72);
    }

    @Test
    void duplicatesAndReadsOutsideTheWindowDoNotCount() {
        List<Instant> reads = hourly(70, 0);
        reads.addAll(hourly(70, 0));
        reads.add(END);
        reads.add(END.minus(Duration.ofDays(4)));

        assertThat(rsr.ofMeter(Duration.ofHours(1), reads, END)).isEqualTo(new ReadSuccessRate.Rate(70, 72));
    }

    @Test
    void jitteredReadsStillCountOncePerInterval() {
        assertThat(rsr.ofMeter(Duration.ofHours(1), hourly(72, 19 * 60 + 43), END)
                        .received())
                .isEqualTo(72);
    }

    @Test
    void systemRateSumsOverMetersIncludingSilentOnes() {
        var good = rsr.ofMeter(Duration.ofHours(1), hourly(72, 0), END);
        var silent = rsr.ofMeter(Duration.ofHours(1), List.of(), END);
        var quarterHourly = rsr.ofMeter(Duration.ofMinutes(15), List.of(END.minusSeconds(60)), END);

        var system = ReadSuccessRate.ofSystem(List.of(good, silent, quarterHourly));

        assertThat(system).isEqualTo(new ReadSuccessRate.Rate(73, 72 + 72 + 288));
    }

    private static List<Instant> hourly(int count, int offsetSeconds) {
        List<Instant> reads = new ArrayList<>();
        for (int h = 1; h <= count; h++) {
            reads.add(END.minus(Duration.ofHours(h)).plusSeconds(offsetSeconds));
        }
        return reads;
    }
}
