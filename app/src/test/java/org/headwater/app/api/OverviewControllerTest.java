package org.headwater.app.api;

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
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.VolumeTotal;
import org.headwater.testkit.InMemoryAlerts;
import org.headwater.testkit.InMemoryConsumptionTotals;
import org.headwater.testkit.InMemoryReadings;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

/** The overview's figures (EPA figure 5-1) from the ports' in-memory fakes, without a Spring context. */
class OverviewControllerTest {

    private final InMemoryAlerts alerts = new InMemoryAlerts();
    private final InMemoryReadings readings = new InMemoryReadings();
    private final SettableClock clock = new SettableClock(Instant.parse("2024-05-10T15:00:00Z"));
    private final InMemoryConsumptionTotals consumption = new InMemoryConsumptionTotals(readings);
    private final OverviewController overview = new OverviewController(alerts, consumption, clock);

    @Test
    void alertsPerDayCoverTheLastDaysOfTheServerClockTodayIncludedAndNothingOutside() {
        alerts.add(anAlert()
                .from("m1")
                .of(AlertType.BACKFLOW)
                .at("2024-05-07T23:59:59Z")
                .build());
        alerts.add(anAlert()
                .from("m1")
                .of(AlertType.BACKFLOW)
                .at("2024-05-08T00:00:00Z")
                .build());
        alerts.add(anAlert()
                .from("m2")
                .of(AlertType.BACKFLOW)
                .at("2024-05-08T09:00:00Z")
                .build());
        alerts.add(anAlert()
                .from("m2")
                .of(AlertType.TAMPER)
                .at("2024-05-10T14:00:00Z")
                .build());
        alerts.add(anAlert()
                .from("m3")
                .of(AlertType.TAMPER)
                .at("2024-05-11T00:00:00Z")
                .build());

        OverviewController.DailyAlerts daily = overview.alertsPerDay(3);

        assertThat(daily.days())
                .containsExactly(
                        LocalDate.parse("2024-05-08"), LocalDate.parse("2024-05-09"), LocalDate.parse("2024-05-10"));
        assertThat(daily.counts())
                .containsExactly(
                        new DailyAlertCount(LocalDate.parse("2024-05-08"), AlertType.BACKFLOW, 2),
                        new DailyAlertCount(LocalDate.parse("2024-05-10"), AlertType.TAMPER, 1));
    }

    @Test
    void theDemoClockDecidesWhichDayIsToday() {
        alerts.add(anAlert()
                .from("m1")
                .of(AlertType.BACKFLOW)
                .at("2024-06-01T08:00:00Z")
                .build());

        assertThat(overview.alertsPerDay(1).counts()).isEmpty();
        clock.set(Instant.parse("2024-06-01T09:00:00Z"));

        assertThat(overview.alertsPerDay(1).counts())
                .containsExactly(new DailyAlertCount(LocalDate.parse("2024-06-01"), AlertType.BACKFLOW, 1));
    }

    @Test
    void consumptionSumsEveryMetersIntervalVolumePerHour() {
        stored(List.of(
                aReading()
                        .from("m1")
                        .of(Measurand.INTERVAL_VOLUME)
                        .at("2024-05-10T10:00:00Z")
                        .value(12)
                        .build(),
                aReading()
                        .from("m2")
                        .of(Measurand.INTERVAL_VOLUME)
                        .at("2024-05-10T10:00:00Z")
                        .value(30)
                        .build(),
                aReading()
                        .from("m1")
                        .of(Measurand.INTERVAL_VOLUME)
                        .at("2024-05-10T11:00:00Z")
                        .value(7)
                        .build(),
                aReading()
                        .from("m1")
                        .of(Measurand.REGISTER)
                        .at("2024-05-10T11:00:00Z")
                        .value(99_000)
                        .build(),
                aReading()
                        .from("m1")
                        .of(Measurand.INTERVAL_VOLUME)
                        .at("2024-05-01T10:00:00Z")
                        .value(5)
                        .build()));

        assertThat(overview.consumption(1, "hour"))
                .containsExactly(
                        new VolumeTotal(Instant.parse("2024-05-10T10:00:00Z"), 42, 2),
                        new VolumeTotal(Instant.parse("2024-05-10T11:00:00Z"), 7, 1));
        assertThat(overview.consumption(1, "day"))
                .containsExactly(new VolumeTotal(Instant.parse("2024-05-10T00:00:00Z"), 49, 2));
    }

    @Test
    void consumptionIsAnsweredToTheMillilitreNotWithConversionArtefacts() {
        stored(List.of(aReading()
                .from("m1")
                .of(Measurand.INTERVAL_VOLUME)
                .at("2024-05-10T10:00:00Z")
                .value(17.369133540429175)
                .build()));

        assertThat(overview.consumption(1, "hour"))
                .containsExactly(new VolumeTotal(Instant.parse("2024-05-10T10:00:00Z"), 17.369, 1));
    }

    @Test
    void anUnknownBucketOrAPeriodOutOfRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> overview.consumption(7, "week"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucket must be hour or day: week");
        assertThatThrownBy(() -> overview.alertsPerDay(93))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("days must be between 1 and 92: 93");
    }

    @Test
    void aFigureIsKeptForAFewSecondsOfTheServerClockThenAnsweredAnew() {
        stored(List.of(aReading()
                .from("m1")
                .of(Measurand.INTERVAL_VOLUME)
                .at("2024-05-10T10:00:00Z")
                .value(12)
                .build()));
        assertThat(overview.consumption(1, "hour"))
                .extracting(VolumeTotal::litres)
                .containsExactly(12.0);

        stored(List.of(aReading()
                .from("m2")
                .of(Measurand.INTERVAL_VOLUME)
                .at("2024-05-10T10:15:00Z")
                .value(30)
                .build()));
        clock.set(Instant.parse("2024-05-10T15:00:04Z"));
        assertThat(overview.consumption(1, "hour"))
                .extracting(VolumeTotal::litres)
                .containsExactly(12.0);

        clock.set(Instant.parse("2024-05-10T15:00:05Z"));
        assertThat(overview.consumption(1, "hour"))
                .extracting(VolumeTotal::litres)
                .containsExactly(42.0);
    }

    /** As the delivery path does after each stored batch. */
    private void stored(List<Reading> batch) {
        readings.append(batch);
        consumption.fold();
    }
}
