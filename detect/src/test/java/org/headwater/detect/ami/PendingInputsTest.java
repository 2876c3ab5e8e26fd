package org.headwater.detect.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.MeterEvent;
import org.junit.jupiter.api.Test;

/** A meter's inputs waiting for detection, and the memory they hold afterwards. */
class PendingInputsTest {

    @Test
    void inputsAreKeptInEventTimeOrderWhateverTheOrderTheyArrive() {
        PendingInputs pending = new PendingInputs();
        pending.add(3_000, PendingInputs.VOLUME, 3, null);
        pending.add(1_000, PendingInputs.VOLUME, 1, null);
        pending.add(2_000, PendingInputs.VOLUME, 2, null);

        assertThat(pending.size).isEqualTo(3);
        assertThat(new long[] {pending.times[0], pending.times[1], pending.times[2]})
                .containsExactly(1_000, 2_000, 3_000);
    }

    @Test
    void aReplayedHistoryOnceDetectedNoLongerHoldsItsLargeArrays() {
        PendingInputs pending = new PendingInputs();
        for (int read = 0; read < 10_000; read++) { // a week of 1-minute reads, as a late alarm's replay brings
            pending.add(read * 60_000L, PendingInputs.VOLUME, 1.5, null);
        }
        pending.add(
                5_000L,
                PendingInputs.ALARM,
                1,
                new MeterEvent("M1", Instant.ofEpochMilli(5_000), AlarmCode.REVERSE_FLOW, "RF"));
        assertThat(pending.capacity()).isGreaterThanOrEqualTo(10_001);

        pending.removeFirst(pending.size);

        assertThat(pending.size).isZero();
        assertThat(pending.capacity()).isLessThanOrEqualTo(256);
        pending.add(1L, PendingInputs.VOLUME, 2.0, null);
        assertThat(pending.size).isEqualTo(1);
        assertThat(pending.values[0]).isEqualTo(2.0);
    }

    @Test
    void theUsualSmallArraysAreKeptAndReusedAfterDetection() {
        PendingInputs pending = new PendingInputs();
        for (int read = 0; read < 100; read++) {
            pending.add(read, PendingInputs.VOLUME, 1, null);
        }
        long[] arrays = pending.times;

        pending.removeFirst(pending.size);

        assertThat(pending.times).isSameAs(arrays);
    }
}
