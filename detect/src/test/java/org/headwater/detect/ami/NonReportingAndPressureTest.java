package org.headwater.detect.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headwater.testkit.MeterBuilder.aMeter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.headwater.alert.AlertType;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectionReason;
import org.headwater.testkit.HourlySeries;
import org.junit.jupiter.api.Test;

class NonReportingAndPressureTest {

    private static final double PSI = 6.894757293168;

    private static Instant hour(int h) {
        return ChainDriver.START.plus(Duration.ofHours(h));
    }

    @Test
    void dataLateWithinItsTransmissionScheduleIsNotNonReporting() {
        // EPA section 4: scheduled transmission every 4, 6, 12 or 24 h. Hourly reads sent every 6 h
        // are up to 7 h old when they arrive; with a 2 h grace nothing is raised before 9 h.
        ChainDriver d = new ChainDriver(aMeter().id("m1").transmitting(Duration.ofHours(6)));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 6, Usage::household));
        d.advanceTo(hour(6 + 8));
        d.feed(HourlySeries.of("m1", hour(6), 6, Usage::household));

        assertThat(d.raised()).isEmpty();
    }

    @Test
    void aMeterSilentPastItsScheduleIsNonReportingUntilDataArrives() {
        ChainDriver d = new ChainDriver(aMeter().id("m1").transmitting(Duration.ofHours(6)));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 6, Usage::household));
        d.advanceTo(hour(20));
        d.feed(HourlySeries.of("m1", hour(19), 1, Usage::household));

        assertSilentFromNineHoursAfterTheLastReadUntilHour20(d);
    }

    @Test
    void aGapSeenOnlyAfterwardsIsRaisedAndClearedAtTheSameTimes() {
        // Issue 3 item 5: the same reads give the same alerts however they arrive.
        ChainDriver d = new ChainDriver(aMeter().id("m1").transmitting(Duration.ofHours(6)));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 6, Usage::household));
        d.feed(HourlySeries.of("m1", hour(19), 1, Usage::household));

        assertSilentFromNineHoursAfterTheLastReadUntilHour20(d);
    }

    private static void assertSilentFromNineHoursAfterTheLastReadUntilHour20(ChainDriver d) {
        // Limit = 6 h transmission + 1 h read interval + 2 h grace after the last read at hour 6.
        assertThat(d.raised(AlertType.NON_REPORTING))
                .singleElement()
                .satisfies(a -> assertThat(a.time()).isEqualTo(hour(6 + 9)));
        assertThat(d.cleared(AlertType.NON_REPORTING))
                .singleElement()
                .satisfies(c -> assertThat(c.time()).isEqualTo(hour(20)));
    }

    @Test
    void aReadingForAnUnknownMeterIsRejectedNotCrashedOn() {
        // Issue 3 item 9.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(List.of(new Reading("ghost", Measurand.INTERVAL_VOLUME, hour(1), 5)));

        assertThat(d.results.getLast().rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.UNKNOWN_METER);
            assertThat(r.detail()).contains("ghost");
        });
    }

    private static List<Reading> pressure(String id, int count, java.util.function.IntToDoubleFunction psi) {
        return HourlySeries.of(
                id,
                Measurand.PRESSURE,
                ChainDriver.START,
                Duration.ofMinutes(15),
                count,
                i -> psi.applyAsDouble(i) * PSI);
    }

    @Test
    void pressureBelowTwentyPsiIsLowPressure() {
        // EPA pressure call-out box: "most states have mandated minimum pressure requirements (usually 20 psi)".
        ChainDriver d = new ChainDriver(aMeter().id("s1"));
        d.feed(pressure("s1", 20, i -> i == 15 ? 18 : 60));

        assertThat(d.raised(AlertType.PRESSURE_LOW)).hasSize(1);
        assertThat(d.cleared(AlertType.PRESSURE_LOW)).hasSize(1);
        assertThat(d.raised(AlertType.PRESSURE_NEGATIVE)).isEmpty();
    }

    @Test
    void negativePressureIsCritical() {
        // EPA pressure call-out box: "the potential risk to public health during a negative pressure situation".
        ChainDriver d = new ChainDriver(aMeter().id("s1"));
        d.feed(pressure("s1", 20, i -> i == 15 ? -2 : 60));

        assertThat(d.raised(AlertType.PRESSURE_NEGATIVE))
                .singleElement()
                .satisfies(a -> assertThat(a.severity()).isEqualTo(org.headwater.alert.Severity.CRITICAL));
    }

    @Test
    void aSpikeAboveTheBaselineIsAPressureSpike() {
        ChainDriver d = new ChainDriver(aMeter().id("s1"));
        d.feed(pressure("s1", 20, i -> i == 15 ? 80 : 60));

        assertThat(d.raised(AlertType.PRESSURE_SPIKE)).hasSize(1);
    }

    @Test
    void aSustainedDropIsAPressureDropButAShortDipIsNot() {
        // EPA pressure call-out box: the response depends on the duration of the deviation.
        ChainDriver sustained = new ChainDriver(aMeter().id("s1"));
        sustained.feed(pressure("s1", 30, i -> i >= 15 && i < 22 ? 45 : 65));
        ChainDriver dip = new ChainDriver(aMeter().id("s1"));
        dip.feed(pressure("s1", 30, i -> i == 15 ? 45 : 65));

        assertThat(sustained.raised(AlertType.PRESSURE_DROP))
                .singleElement()
                .satisfies(a -> assertThat(a.time()).isEqualTo(ChainDriver.START.plus(Duration.ofMinutes(15 * 18))));
        assertThat(dip.raised()).isEmpty();
    }
}
