package org.headwater.detect.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headwater.testkit.MeterBuilder.aMeter;
import static org.headwater.testkit.MeterEventBuilder.aMeterEvent;

import java.util.List;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.alert.Severity;
import org.headwater.telemetry.AlarmCode;
import org.headwater.testkit.HourlySeries;
import org.junit.jupiter.api.Test;

class BackflowDetectorTest {

    @Test
    void reverseVolumeBeyondTheThresholdRaisesBackflow() {
        // EPA 5.2 "Backflow Alerts": a preset alerting threshold for negative flow at the headend.
        ChainDriver d = new ChainDriver(aMeter().id("m1").serving("p1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 6, h -> h == 2 || h == 3 ? -4 : 10));

        assertThat(d.raised(AlertType.BACKFLOW)).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.time()).isEqualTo(ChainDriver.START.plusSeconds(4 * 3600));
            assertThat(a.premiseId()).isEqualTo("p1");
            assertThat(a.evidence().summary()).contains("reverse flow 8.0 L");
            assertThat(a.thresholdVersion()).isEqualTo(1);
        });
        assertThat(d.cleared(AlertType.BACKFLOW))
                .singleElement()
                .satisfies(c -> assertThat(c.time()).isEqualTo(ChainDriver.START.plusSeconds(5 * 3600)));
    }

    @Test
    void backflowAlertIsSuppressedForWaterHeaterExpansion() {
        // EPA 5.2: thresholds minimise invalid alerts "from the slight expansion of water from a water
        // heater back through a meter"; table 6-1 "equipment issue". Small reverse, then forward flow.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 24 * 7, h -> h % 24 == 3 ? -0.8 : Usage.household(h)));

        assertThat(d.raised()).isEmpty();
    }

    @Test
    void aLongSlowReverseRunRaisesBackflowOnDuration() {
        // EPA 5.2: the threshold may be a volume and/or a duration of negative flow.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 6, h -> h >= 1 && h <= 4 ? -0.5 : 0));

        assertThat(d.raised(AlertType.BACKFLOW))
                .singleElement()
                .satisfies(a -> assertThat(a.time()).isEqualTo(ChainDriver.START.plusSeconds(4 * 3600)));
    }

    @Test
    void oneOpenBackflowAlertUntilTheConditionClears() {
        // Issue 3 item 3: one open alert per condition per meter, no alert storms.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 12, h -> h < 10 ? -30 : 5));

        assertThat(d.raised(AlertType.BACKFLOW)).hasSize(1);
        assertThat(d.cleared(AlertType.BACKFLOW)).hasSize(1);
    }

    @Test
    void vendorReverseFlowAlarmRaisesBackflow() {
        // EPA 3.1 / 5.2: built-in backflow alerting of the meter or MIU.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(
                HourlySeries.of("m1", ChainDriver.START, 4, h -> 10),
                List.of(aMeterEvent()
                        .from("m1")
                        .at(ChainDriver.START.plusSeconds(5400))
                        .code(AlarmCode.REVERSE_FLOW)
                        .vendorCode("RF-01")
                        .build()));

        assertThat(d.raised(AlertType.BACKFLOW)).singleElement().satisfies(a -> {
            assertThat(a.evidence().events()).hasSize(1);
            assertThat(a.evidence().summary()).contains("RF-01");
        });
        assertThat(d.cleared(AlertType.BACKFLOW)).hasSize(1);
    }

    @Test
    void aMeterInstalledBackwardsIsRecognisedAsEmployeeError() {
        // EPA table 6-1 "Employee Error: employee or contractor installed a meter backwards": the
        // steady mirror image of normal use.
        ChainDriver d = new ChainDriver(aMeter().id("m1").serving("p1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 24 * 5, h -> -Usage.household(h)));

        assertThat(d.raised(AlertType.REVERSED_METER)).singleElement().satisfies(a -> {
            assertThat(a.causeHint()).isEqualTo(CauseHint.EMPLOYEE_ERROR);
            assertThat(a.time()).isEqualTo(ChainDriver.START.plusSeconds(2 * 86400));
        });
        // Once recognised, the mirror image raises no further backflow alerts of its own.
        assertThat(d.raised(AlertType.BACKFLOW))
                .allSatisfy(a -> assertThat(a.time()).isBefore(ChainDriver.START.plusSeconds(2 * 86400)));
        assertThat(d.raised(AlertType.BACKFLOW_AND_TAMPER)).isEmpty();
    }

    @Test
    void aMeterRecordedAsInstalledBackwardsIsReadAsItsMirrorImage() {
        // Once the network model records the orientation (MeterSpec.Orientation.REVERSED), its reverse
        // volumes are the customer's use: no backflow, no reversed-meter alert.
        ChainDriver d = new ChainDriver(aMeter().id("m1").reversed());
        d.feed(HourlySeries.of("m1", ChainDriver.START, 24 * 5, h -> -Usage.household(h)));

        assertThat(d.raised()).isEmpty();
    }
}
