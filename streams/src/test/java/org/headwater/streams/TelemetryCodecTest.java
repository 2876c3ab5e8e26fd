package org.headwater.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.Location;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.AlertBuilder;
import org.junit.jupiter.api.Test;

class TelemetryCodecTest {

    private static final Instant T = Instant.parse("2026-05-01T06:15:00.123456789Z");

    @Test
    void anAlertWithEveryFieldSetComesBackEqual() {
        Alert alert = new Alert(
                Alert.idOf("m1", AlertType.BACKFLOW, T),
                AlertType.BACKFLOW,
                Severity.HIGH,
                "m1",
                "p1",
                "z1",
                new Location(4.35, 50.85, CoordinateSystem.WGS84),
                T,
                new Evidence(
                        List.of(new Reading("m1", Measurand.INTERVAL_VOLUME, T, -12.5)),
                        List.of(new MeterEvent("m1", T, AlarmCode.REVERSE_FLOW, "RF")),
                        "-12.5 L against 0 L"),
                "backflow",
                3,
                CauseHint.POSSIBLE_CONTAMINATION,
                AlertState.OPEN,
                null);

        assertThat(TelemetryCodec.alertEvent(TelemetryCodec.alertEvent(new AlertEvent.AlertRaised(alert))))
                .isEqualTo(new AlertEvent.AlertRaised(alert));
    }

    @Test
    void anAlertWithoutItsOptionalFieldsAndAClearingComeBackEqual() {
        Alert bare = AlertBuilder.anAlert()
                .from("m2")
                .of(AlertType.NON_REPORTING)
                .at(T)
                .build();
        AlertEvent cleared =
                new AlertEvent.AlertCleared(bare.id(), bare.conditionKey(), T.plusSeconds(60), "data again");

        assertThat(TelemetryCodec.alert(TelemetryCodec.alert(bare))).isEqualTo(bare);
        assertThat(TelemetryCodec.alertEvent(TelemetryCodec.alertEvent(cleared)))
                .isEqualTo(cleared);
    }

    @Test
    void aBatchSplitBySourceKeepsEachSourcesInputsTogetherInOrder() {
        IngestBatch batch = IngestBatch.builder()
                .add(new Reading("m1", Measurand.INTERVAL_VOLUME, T, 1))
                .add(new Reading("m2", Measurand.INTERVAL_VOLUME, T, 2))
                .add(new Reading("m1", Measurand.INTERVAL_VOLUME, T.plusSeconds(900), 3))
                .add(new MeterEvent("m3", T, AlarmCode.TAMPER, "TA"))
                .drain();

        List<SourceInputs> split = SourceInputs.bySource(batch);

        assertThat(split).extracting(SourceInputs::sourceId).containsExactly("m1", "m2", "m3");
        assertThat(split.get(0).readings()).extracting(Reading::value).containsExactly(1.0, 3.0);
        assertThat(split.get(0).newest()).isEqualTo(T.plusSeconds(900));
        assertThat(TelemetryCodec.inputs(TelemetryCodec.inputs(split.get(2)))).isEqualTo(split.get(2));
    }

    @Test
    void aRecordOfAnotherFormatIsRefusedNotMisread() {
        assertThatThrownBy(() -> TelemetryCodec.alertEvent(new byte[] {9, 1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format 9");
    }
}
