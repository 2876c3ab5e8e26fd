package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.MeterEvents;
import org.junit.jupiter.api.Test;

/** What every {@link MeterEvents} implementation must do. */
public abstract class MeterEventsContract {

    protected abstract MeterEvents meterEvents();

    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void alarmsComeBackInTimeOrderWithTheirVendorCode() {
        String meter = "m-" + UUID.randomUUID();
        meterEvents()
                .append(List.of(
                        new MeterEvent(meter, T.plusSeconds(60), AlarmCode.MAGNETIC_TAMPER, "MAG"),
                        new MeterEvent(meter, T, AlarmCode.REVERSE_FLOW, "RF")));

        assertThat(meterEvents().between(meter, T, T.plusSeconds(3600)))
                .containsExactly(
                        new MeterEvent(meter, T, AlarmCode.REVERSE_FLOW, "RF"),
                        new MeterEvent(meter, T.plusSeconds(60), AlarmCode.MAGNETIC_TAMPER, "MAG"));
    }

    @Test
    void reSentAlarmsAreStoredOnce() {
        String meter = "m-" + UUID.randomUUID();
        MeterEvent alarm = new MeterEvent(meter, T, AlarmCode.CUT_WIRE, "CW");

        assertThat(meterEvents().append(List.of(alarm))).isEqualTo(1);
        assertThat(meterEvents().append(List.of(alarm))).isZero();
        assertThat(meterEvents().between(meter, T.minusSeconds(1), T.plusSeconds(1)))
                .hasSize(1);
    }

    @Test
    void theRangeExcludesItsEnd() {
        String meter = "m-" + UUID.randomUUID();
        meterEvents().append(List.of(new MeterEvent(meter, T, AlarmCode.LEAK, "LK")));

        assertThat(meterEvents().between(meter, T.minusSeconds(10), T)).isEmpty();
    }

    @Test
    void alarmsOfManyMetersComeBackByMeterEachInTimeOrder() {
        String first = "m-" + UUID.randomUUID();
        String second = "m-" + UUID.randomUUID();
        String quiet = "m-" + UUID.randomUUID();
        MeterEvent later = new MeterEvent(first, T.plusSeconds(60), AlarmCode.MAGNETIC_TAMPER, "MAG");
        MeterEvent earlier = new MeterEvent(first, T, AlarmCode.REVERSE_FLOW, "RF");
        MeterEvent other = new MeterEvent(second, T, AlarmCode.LEAK, "LK");
        MeterEvent tooLate = new MeterEvent(second, T.plusSeconds(3600), AlarmCode.LEAK, "LK");
        meterEvents().append(List.of(later, earlier, other, tooLate));

        Map<String, List<MeterEvent>> byMeter =
                meterEvents().between(List.of(first, second, quiet), T, T.plusSeconds(3600));

        assertThat(byMeter).containsOnlyKeys(first, second);
        assertThat(byMeter.get(first)).containsExactly(earlier, later);
        assertThat(byMeter.get(second)).containsExactly(other);
    }
}
