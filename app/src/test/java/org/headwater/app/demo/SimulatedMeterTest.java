package org.headwater.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedMeterTest {

    /** A household that uses 10 L every hour for a week. */
    static HouseholdSeries steadyHousehold() {
        int hours = 24 * 7;
        long[] seconds = new long[hours + 1];
        double[] litres = new double[hours + 1];
        for (int h = 0; h <= hours; h++) {
            seconds[h] = Instant.parse("2016-03-07T00:00:00Z").getEpochSecond() + h * 3600L;
            litres[h] = 1000 + 10.0 * h;
        }
        return new HouseholdSeries("home", seconds, litres);
    }

    static final Instant T = Instant.parse("2026-05-04T00:00:00Z");

    private static SimulatedMeter meter(InjectedEvent... events) {
        return new SimulatedMeter("M-1", steadyHousehold(), Duration.ZERO, 1.0, 5000, List.of(events));
    }

    @Test
    void replayedRegisterGrowsWithTheHouseholdsUseAndRepeatsSeamlessly() {
        SimulatedMeter meter = meter();
        for (int h = 0; h < 24 * 30; h++) {
            Instant t = T.plus(Duration.ofHours(h));
            assertThat(meter.register(t.plus(Duration.ofHours(1))) - meter.register(t))
                    .isCloseTo(10.0, within(1e-6));
        }
    }

    /** Three weeks starting on a Thursday afternoon; 7 L only in the hour ending Tuesday 03:00 UTC, every week. */
    static HouseholdSeries nightOwlHousehold() {
        Instant thursday = Instant.parse("2016-03-03T15:00:00Z");
        int hours = 24 * 21;
        long[] seconds = new long[hours + 1];
        double[] litres = new double[hours + 1];
        for (int h = 0; h <= hours; h++) {
            Instant end = thursday.plus(Duration.ofHours(h));
            seconds[h] = end.getEpochSecond();
            boolean tuesdayThree = end.atZone(java.time.ZoneOffset.UTC).getDayOfWeek() == java.time.DayOfWeek.TUESDAY
                    && end.atZone(java.time.ZoneOffset.UTC).getHour() == 3;
            litres[h] = h == 0 ? 0 : litres[h - 1] + (tuesdayThree ? 7 : 0);
        }
        return new HouseholdSeries("owl", seconds, litres);
    }

    @Test
    void aHouseholdsHourOfDayAndWeekdayAreKeptByTheReplayWhateverTheWeekShift() {
        for (int weeks : new int[] {0, 1, 5, 37}) {
            SimulatedMeter meter =
                    new SimulatedMeter("M-1", nightOwlHousehold(), Duration.ofDays(7L * weeks), 1.0, 0, List.of());
            for (int h = 0; h < 24 * 7 * 6; h++) {
                Instant end = T.plus(Duration.ofHours(h + 1));
                double use = meter.register(end) - meter.register(end.minus(Duration.ofHours(1)));
                boolean tuesdayThree =
                        end.atZone(java.time.ZoneOffset.UTC).getDayOfWeek() == java.time.DayOfWeek.TUESDAY
                                && end.atZone(java.time.ZoneOffset.UTC).getHour() == 3;
                assertThat(use)
                        .as("shift %d weeks, hour ending %s", weeks, end)
                        .isCloseTo(tuesdayThree ? 7 : 0, within(1e-6));
            }
        }
    }

    @Test
    void continuousLeakAddsItsFlowEveryHour() {
        SimulatedMeter meter = meter(
                new InjectedEvent(InjectedEvent.Kind.CONTINUOUS_LEAK, List.of("M-1"), T, Duration.ofHours(10), 25));

        assertThat(meter.register(T.plus(Duration.ofHours(4))) - meter.register(T.plus(Duration.ofHours(3))))
                .isCloseTo(35.0, within(1e-6));
        assertThat(meter.register(T.plus(Duration.ofHours(12))) - meter.register(T.plus(Duration.ofHours(11))))
                .as("after the leak is repaired")
                .isCloseTo(10.0, within(1e-6));
    }

    @Test
    void backflowRunsTheRegisterBackwardsThenUseResumes() {
        SimulatedMeter meter =
                meter(new InjectedEvent(InjectedEvent.Kind.BACKFLOW, List.of("M-1"), T, Duration.ofHours(2), 40));

        assertThat(meter.register(T.plus(Duration.ofHours(1))) - meter.register(T))
                .isCloseTo(-20.0, within(1e-6));
        assertThat(meter.register(T.plus(Duration.ofHours(2))) - meter.register(T.plus(Duration.ofHours(1))))
                .isCloseTo(-20.0, within(1e-6));
        assertThat(meter.register(T.plus(Duration.ofHours(3))) - meter.register(T.plus(Duration.ofHours(2))))
                .isCloseTo(10.0, within(1e-6));
    }

    @Test
    void magnetTamperStopsRecordedUseForItsDuration() {
        SimulatedMeter meter =
                meter(new InjectedEvent(InjectedEvent.Kind.TAMPER, List.of("M-1"), T, Duration.ofHours(3), 0));

        assertThat(meter.register(T.plus(Duration.ofHours(3)))).isCloseTo(meter.register(T), within(1e-6));
        assertThat(meter.register(T.plus(Duration.ofHours(4))) - meter.register(T.plus(Duration.ofHours(3))))
                .isCloseTo(10.0, within(1e-6));
    }

    @Test
    void outageBlocksTransmissionsOnlyWhileItLasts() {
        SimulatedMeter meter =
                meter(new InjectedEvent(InjectedEvent.Kind.NON_REPORTING, List.of("M-1"), T, Duration.ofHours(10), 0));

        assertThat(meter.transmissionBlocked(T.plus(Duration.ofHours(5)))).isTrue();
        assertThat(meter.transmissionBlocked(T.plus(Duration.ofHours(10)))).isFalse();
        assertThat(meter.transmissionBlocked(T.minusSeconds(1))).isFalse();
    }
}
