package org.headwater.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headwater.testkit.ReadingBuilder.aReading;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.headwater.telemetry.Measurand;
import org.junit.jupiter.api.Test;

class PostgresReadSlotsTest {

    private final PostgresReadings readings = new PostgresReadings(TestDatabase.dataSource());
    private final PostgresReadSlots slots = new PostgresReadSlots(TestDatabase.dataSource());

    @Test
    void registerAndIntervalReadsInOneHourCountAsOneSlotAndOnlyTheWindowCounts() {
        Instant t = Instant.parse("2031-01-10T10:00:00Z");
        readings.append(List.of(
                aReading()
                        .from("slots-m1")
                        .of(Measurand.REGISTER)
                        .at(t)
                        .value(100)
                        .build(),
                aReading()
                        .from("slots-m1")
                        .of(Measurand.INTERVAL_VOLUME)
                        .at(t)
                        .value(5)
                        .build(),
                aReading()
                        .from("slots-m1")
                        .of(Measurand.REGISTER)
                        .at(t.plusSeconds(1800))
                        .value(101)
                        .build(),
                aReading()
                        .from("slots-m1")
                        .of(Measurand.REGISTER)
                        .at(t.plusSeconds(3600))
                        .value(102)
                        .build(),
                aReading()
                        .from("slots-m1")
                        .of(Measurand.PRESSURE)
                        .at(t.plusSeconds(7200))
                        .value(300)
                        .build(),
                aReading()
                        .from("slots-m1")
                        .of(Measurand.REGISTER)
                        .at(t.minusSeconds(86400))
                        .value(50)
                        .build()));

        assertThat(slots.distinctSlots(Duration.ofHours(1), t, t.plus(Duration.ofDays(1))))
                .containsEntry("slots-m1", 2L);
    }
}
