package org.headwater.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headwater.testkit.AlertBuilder.anAlert;
import static org.headwater.testkit.ReadingBuilder.aReading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.headwater.alert.AlertType;
import org.headwater.alert.DailyAlertCount;
import org.headwater.telemetry.Measurand;
import org.junit.jupiter.api.Test;

/**
 * The overview's aggregates (EPA figure 5-1) over a period in 1991 that no other test writes into, since
 * every test of this JVM shares one database.
 */
class OverviewQueriesTest {

    private final PostgresReadings readings = new PostgresReadings(TestDatabase.dataSource());
    private final PostgresAlerts alerts = new PostgresAlerts(TestDatabase.dataSource());

    @Test
    void systemConsumptionSumsTheIntervalVolumesOfAllMetersPerHourAndPerDay() {
        readings.append(List.of(
                aReading()
                        .from("OV-M1")
                        .of(Measurand.INTERVAL_VOLUME)
                        .at("1991-03-01T10:00:00Z")
                        .value(12)
                        .build(),
                aReading()
                        .from("OV-M2")
                        .of(Measurand.INTERVAL_VOLUME)
                        .at("1991-03-01T10:00:00Z")
                        .value(30)
                        .build(),
                aReading()
                        .from("OV-M1")
                        .of(Measurand.INTERVAL_VOLUME)
                        .at("1991-03-01T11:00:00Z")
                        .value(-2)
                        .build(),
                aReading()
                        .from("OV-M1")
                        .of(Measurand.INTERVAL_VOLUME)
                        .at("1991-03-02T00:00:00Z")
                        .value(5)
                        .build(),
                // A register is a running total, not use in the hour: it must not be added.
                aReading()
                        .from("OV-M1")
                        .of(Measurand.REGISTER)
                        .at("1991-03-01T10:00:00Z")
                        .value(99_000)
                        .build()));
        Instant from = Instant.parse("1991-03-01T00:00:00Z");
        Instant to = Instant.parse("1991-03-03T00:00:00Z");

        assertThat(readings.totalVolume(from, to, "hour"))
                .containsExactly(
                        new PostgresReadings.Total(Instant.parse("1991-03-01T10:00:00Z"), 42, 2),
                        new PostgresReadings.Total(Instant.parse("1991-03-01T11:00:00Z"), -2, 1),
                        new PostgresReadings.Total(Instant.parse("1991-03-02T00:00:00Z"), 5, 1));
        assertThat(readings.totalVolume(from, to, "day"))
                .containsExactly(
                        new PostgresReadings.Total(Instant.parse("1991-03-01T00:00:00Z"), 40, 2),
                        new PostgresReadings.Total(Instant.parse("1991-03-02T00:00:00Z"), 5, 1));
    }

    @Test
    void anUnknownBucketIsRefusedNamingIt() {
        assertThatThrownBy(() -> readings.totalVolume(Instant.EPOCH, Instant.now(), "week"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucket must be hour or day: week");
    }

    @Test
    void alertsAreCountedPerUtcDayAndType() {
        alerts.add(anAlert()
                .from("OV-A1")
                .of(AlertType.BACKFLOW)
                .at("1991-05-01T23:30:00Z")
                .build());
        alerts.add(anAlert()
                .from("OV-A2")
                .of(AlertType.BACKFLOW)
                .at("1991-05-01T01:00:00Z")
                .build());
        alerts.add(anAlert()
                .from("OV-A1")
                .of(AlertType.TAMPER)
                .at("1991-05-01T12:00:00Z")
                .build());
        alerts.add(anAlert()
                .from("OV-A3")
                .of(AlertType.BACKFLOW)
                .at("1991-05-02T00:30:00Z")
                .build());

        assertThat(alerts.countsByDayAndType(
                        Instant.parse("1991-05-01T00:00:00Z"), Instant.parse("1991-05-03T00:00:00Z")))
                .containsExactly(
                        new DailyAlertCount(LocalDate.parse("1991-05-01"), AlertType.BACKFLOW, 2),
                        new DailyAlertCount(LocalDate.parse("1991-05-01"), AlertType.TAMPER, 1),
                        new DailyAlertCount(LocalDate.parse("1991-05-02"), AlertType.BACKFLOW, 1));
    }
}
