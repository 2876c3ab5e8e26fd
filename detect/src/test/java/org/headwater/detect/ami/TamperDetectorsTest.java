package org.headwater.detect.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headwater.testkit.MeterBuilder.aMeter;
import static org.headwater.testkit.MeterEventBuilder.aMeterEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.alert.Severity;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.HourlySeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TamperDetectorsTest {

    private static Instant hour(int h) {
        return ChainDriver.START.plus(Duration.ofHours(h));
    }

    @ParameterizedTest
    @EnumSource(names = {"TAMPER", "MAGNETIC_TAMPER", "CUT_WIRE", "REMOVAL", "TILT"})
    void vendorTamperAlarmsRaiseTamper(AlarmCode code) {
        // EPA 5.2 "Tampering Alerts": cut wire, meter movement, magnetic tampering, GPS movement.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(
                List.of(),
                List.of(aMeterEvent().from("m1").at(hour(2)).code(code).build()));

        assertThat(d.raised(AlertType.TAMPER))
                .singleElement()
                .satisfies(a -> assertThat(a.evidence().events())
                        .extracting(e -> e.code())
                        .containsExactly(code));
    }

    @Test
    void aTamperAlarmClearsAfterTheQuietPeriod() {
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(
                HourlySeries.of("m1", ChainDriver.START, 30, Usage::household),
                List.of(aMeterEvent()
                        .from("m1")
                        .at(hour(1))
                        .code(AlarmCode.CUT_WIRE)
                        .build()));

        assertThat(d.cleared(AlertType.TAMPER))
                .singleElement()
                .satisfies(c -> assertThat(c.time()).isEqualTo(hour(25)));
    }

    @Test
    void meterReplacementDoesNotRaiseTamper() {
        // EPA table 6-1 "Employee Error: moved a meter"; 6.1 data review: "records of recent meter
        // installation or maintenance could point to invalid alerts". The old register reads 523 L;
        // the new one starts at 0 after a removal alarm, with the replacement recorded.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        List<Reading> register = new ArrayList<>();
        for (int h = 1; h <= 10; h++) {
            register.add(new Reading("m1", Measurand.REGISTER, hour(h), h <= 5 ? 500 + h : h - 5));
        }
        d.feed(
                register,
                List.of(
                        aMeterEvent()
                                .from("m1")
                                .at(hour(5).plusSeconds(600))
                                .code(AlarmCode.METER_REPLACED)
                                .build(),
                        aMeterEvent()
                                .from("m1")
                                .at(hour(5).plusSeconds(900))
                                .code(AlarmCode.REMOVAL)
                                .build()));

        assertThat(d.raised(AlertType.TAMPER)).isEmpty();
    }

    @Test
    void aRegisterGoingBackwardsRaisesTamper() {
        // EPA 5.2: tampering detected indirectly by headend logic; PRODUCT capability 3 "register going backwards".
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        List<Reading> register = new ArrayList<>();
        double[] values = {1000, 1010, 1020, 900, 910};
        for (int i = 0; i < values.length; i++) {
            register.add(new Reading("m1", Measurand.REGISTER, hour(i + 1), values[i]));
        }
        d.feed(register);

        assertThat(d.raised(AlertType.TAMPER)).singleElement().satisfies(a -> {
            assertThat(a.time()).isEqualTo(hour(4));
            assertThat(a.evidence().summary()).contains("1020.0 L to 900.0 L");
        });
    }

    @Test
    void aRegisterRolloverIsNotTamper() {
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(List.of(
                new Reading("m1", Measurand.REGISTER, hour(1), 999_999_990),
                new Reading("m1", Measurand.REGISTER, hour(2), 5)));

        assertThat(d.raised()).isEmpty();
    }

    @Test
    void anActiveMeterWhoseFlowStopsAbruptlyRaisesTamper() {
        // EPA 5.2: "a sudden stop in flow data corresponding with meter removal".
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 24 * 4, h -> h < 48 ? 30 : 0));

        assertThat(d.raised(AlertType.TAMPER)).singleElement().satisfies(a -> {
            assertThat(a.time()).isEqualTo(hour(72));
            assertThat(a.detector()).isEqualTo(SuddenStopDetector.NAME);
        });
    }

    @Test
    void ordinaryQuietNightsAreNotASuddenStop() {
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 24 * 14, Usage::household));

        assertThat(d.raised()).isEmpty();
    }

    @Test
    void backflowAndTamperAtOnePremiseIsTheHighestPriority() {
        // EPA section 2: "the combination of backflow and tampering alerts could indicate an
        // intentional injection of contamination"; 6.1: investigate immediately.
        ChainDriver d = new ChainDriver(aMeter().id("m1").serving("p1").inZone("z1"));
        d.feed(
                HourlySeries.of("m1", ChainDriver.START, 8, h -> h >= 4 ? -20 : 10),
                List.of(aMeterEvent()
                        .from("m1")
                        .at(hour(2))
                        .code(AlarmCode.MAGNETIC_TAMPER)
                        .build()));

        assertThat(d.raised(AlertType.BACKFLOW_AND_TAMPER)).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.sourceId()).isEqualTo("p1");
            assertThat(a.zoneId()).isEqualTo("z1");
            assertThat(a.causeHint()).isEqualTo(CauseHint.POSSIBLE_CONTAMINATION);
            assertThat(a.time()).isEqualTo(hour(5));
        });
    }

    @Test
    void backflowAndTamperFarApartInTimeAreNotCombined() {
        ChainDriver d = new ChainDriver(aMeter().id("m1").serving("p1"));
        d.feed(
                HourlySeries.of("m1", ChainDriver.START, 60, h -> h >= 50 && h < 52 ? -20 : 10),
                List.of(aMeterEvent()
                        .from("m1")
                        .at(hour(1))
                        .code(AlarmCode.MAGNETIC_TAMPER)
                        .build()));

        assertThat(d.raised(AlertType.BACKFLOW)).hasSize(1);
        assertThat(d.raised(AlertType.TAMPER)).hasSize(1);
        assertThat(d.raised(AlertType.BACKFLOW_AND_TAMPER)).isEmpty();
    }
}
