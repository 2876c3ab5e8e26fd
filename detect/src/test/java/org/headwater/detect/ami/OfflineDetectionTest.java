package org.headwater.detect.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.headwater.alert.AlertType;
import org.headwater.alert.IncidentKind;
import org.headwater.alert.Thresholds;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.HourlySeries;
import org.junit.jupiter.api.Test;

class OfflineDetectionTest {

    @Test
    void aFileIsDetectedWholeAndCountedPerMeterDay() {
        // Issue 3 item 7: alerts per type per 1,000 meter-days over a reads file.
        Clock clock = Clock.fixed(ChainDriver.START, ZoneOffset.UTC);
        OfflineDetection detection = new OfflineDetection(
                id -> java.util.Optional.of(new SourceProfile(
                        id, org.headwater.network.MeterSpec.residentialDefault(), null, "area", null)),
                new Thresholds(clock),
                ZoneOffset.UTC,
                clock);
        List<Reading> leaking = HourlySeries.of("leaky", ChainDriver.START, 48, h -> 10);
        List<Reading> quiet = new ArrayList<>(HourlySeries.of("quiet", ChainDriver.START, 48, Usage::household));
        // Three meters fall silent together after 10 h: an outage.
        for (String id : List.of("a", "b", "c")) {
            quiet.addAll(HourlySeries.of(id, ChainDriver.START, 10, Usage::household));
        }
        detection.accept(new IngestBatch(quiet, List.of(), List.of()));
        detection.accept(new IngestBatch(leaking.reversed(), List.of(), List.of()));

        OfflineDetection.Report report = detection.finish();

        assertThat(report.alertsByType())
                .containsEntry(AlertType.CONTINUOUS_LEAK, 1)
                .containsEntry(AlertType.NON_REPORTING, 3);
        assertThat(report.incidentsByKind()).containsEntry(IncidentKind.POWER_OR_COMMUNICATIONS_OUTAGE, 1);
        assertThat(report.meterDays()).isEqualTo(2 + 2 + 3);
        assertThat(report.perThousandMeterDays(AlertType.CONTINUOUS_LEAK)).isEqualTo(1000.0 / 7);
    }
}
