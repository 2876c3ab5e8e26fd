package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headwater.testkit.ReadingBuilder.aReading;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.ReadSlots;
import org.headwater.telemetry.Readings;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReadSlots} implementation must do; extend it and supply the slots and the
 * readings they count.
 */
public abstract class ReadSlotsContract {

    /** Where the test stores its reads; may already hold reads of other tests. */
    protected abstract Readings readings();

    /** The slots counted over {@link #readings()}. */
    protected abstract ReadSlots readSlots();

    @Test
    void registerAndIntervalReadsInOneSlotCountOnceAndOnlyTheWindowCounts() {
        String meter = "slots-" + UUID.randomUUID();
        Instant t = Instant.parse("2031-01-10T10:00:00Z");
        readings()
                .append(List.of(
                        aReading()
                                .from(meter)
                                .of(Measurand.REGISTER)
                                .at(t)
                                .value(100)
                                .build(),
                        aReading()
                                .from(meter)
                                .of(Measurand.INTERVAL_VOLUME)
                                .at(t)
                                .value(5)
                                .build(),
                        aReading()
                                .from(meter)
                                .of(Measurand.REGISTER)
                                .at(t.plusSeconds(1800))
                                .value(101)
                                .build(),
                        aReading()
                                .from(meter)
                                .of(Measurand.REGISTER)
                                .at(t.plusSeconds(3600))
                                .value(102)
                                .build(),
                        // pressure is no read of consumption, and a read before the window is outside it
                        aReading()
                                .from(meter)
                                .of(Measurand.PRESSURE)
                                .at(t.plusSeconds(7200))
                                .value(300)
                                .build(),
                        aReading()
                                .from(meter)
                                .of(Measurand.REGISTER)
                                .at(t.minusSeconds(86400))
                                .value(50)
                                .build()));

        assertThat(readSlots().distinctSlots(Duration.ofHours(1), t, t.plus(Duration.ofDays(1))))
                .containsEntry(meter, 2L);
        assertThat(readSlots().distinctSlots(Duration.ofMinutes(15), t, t.plus(Duration.ofDays(1))))
                .containsEntry(meter, 3L);
        assertThat(readSlots().distinctSlots(Duration.ofHours(1), t.plusSeconds(7200), t.plus(Duration.ofDays(1))))
                .doesNotContainKey(meter);
    }

    @Test
    void aSlotThatIsNotPositiveIsRefusedNamingIt() {
        assertThatThrownBy(() -> readSlots().distinctSlots(Duration.ZERO, Instant.EPOCH, Instant.EPOCH.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slot must be positive: PT0S");
    }
}
