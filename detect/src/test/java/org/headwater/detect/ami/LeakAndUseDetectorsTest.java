package org.headwater.detect.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headwater.testkit.MeterBuilder.aMeter;

import java.time.Duration;
import java.time.Instant;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.headwater.testkit.HourlySeries;
import org.junit.jupiter.api.Test;

class LeakAndUseDetectorsTest {

    private static final double GALLON = 3.785411784;

    private static Instant hour(int h) {
        return ChainDriver.START.plus(Duration.ofHours(h));
    }

    @Test
    void flowAboveOneGallonPerHourForADayIsAContinuousLeak() {
        // Badger BEACON: minimum hourly flow > 1 US gal/h for 24 h.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 30, h -> Usage.household(h) + 1.2 * GALLON));

        assertThat(d.raised(AlertType.CONTINUOUS_LEAK)).singleElement().satisfies(a -> {
            assertThat(a.time()).isEqualTo(hour(24));
            assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
        });
    }

    @Test
    void sixtyGallonsPerHourThroughoutIsACriticalLeak() {
        // Badger BEACON: "critical" at >= 60 US gal/h.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 24, h -> 61 * GALLON));

        assertThat(d.raised(AlertType.CONTINUOUS_LEAK))
                .singleElement()
                .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    void oneQuietHourInTheDayIsNotAContinuousLeak() {
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 72, h -> h % 24 == 20 ? 0 : 2 * GALLON));

        assertThat(d.raised(AlertType.CONTINUOUS_LEAK)).isEmpty();
    }

    @Test
    void aContinuousLeakClearsAtTheFirstQuietInterval() {
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 40, h -> h == 30 ? 0 : 2 * GALLON));

        assertThat(d.cleared(AlertType.CONTINUOUS_LEAK))
                .singleElement()
                .satisfies(c -> assertThat(c.time()).isEqualTo(hour(31)));
    }

    @Test
    void flowInMostButNotAllHoursForDaysIsAnIntermittentLeak() {
        // EPA figure 5-1 "intermittent leak"; Neptune E-CODER: flow in >= 50 of 96 intervals of a day.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 24 * 5, h -> h % 24 < 16 ? 3 : 0));

        assertThat(d.raised(AlertType.INTERMITTENT_LEAK))
                .singleElement()
                .satisfies(a -> assertThat(a.time()).isEqualTo(hour(72)));
        assertThat(d.raised(AlertType.CONTINUOUS_LEAK)).isEmpty();
    }

    @Test
    void aBusyHouseholdWithDryNightsIsNotAnIntermittentLeak() {
        // Tuned on the DAIAD year: flow in 17 of 24 hours every day, but never between 01:00 and 05:00.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 24 * 7, h -> h % 24 >= 6 ? 12 : 0));

        assertThat(d.raised()).isEmpty();
    }

    @Test
    void aDayFarAboveTheCustomersOwnBaselineIsHighUse() {
        // PRODUCT capability 3: high use against the customer's own baseline.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of(
                "m1", ChainDriver.START, 24 * 24, h -> h / 24 == 21 && h % 24 == 15 ? 900 : Usage.household(h)));

        assertThat(d.raised(AlertType.HIGH_USE))
                .singleElement()
                .satisfies(a -> assertThat(a.time()).isEqualTo(hour(24 * 22)));
        assertThat(d.cleared(AlertType.HIGH_USE)).hasSize(1);
    }

    @Test
    void weekendHabitsAreNotHighUse() {
        // Weekday aware: a household that uses three times as much on weekends every week.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of(
                "m1",
                ChainDriver.START,
                24 * 42,
                h -> (h / 24) % 7 >= 5 ? 3.5 * Usage.household(h) : Usage.household(h)));

        assertThat(d.raised(AlertType.HIGH_USE)).isEmpty();
    }

    @Test
    void aBuildingThatStopsUsingWaterIsAStagnationRisk() {
        // EPA "AMI Data and Resilience": buildings closed during COVID-19, stagnant water.
        ChainDriver d = new ChainDriver(aMeter().id("m1"));
        d.feed(HourlySeries.of("m1", ChainDriver.START, 24 * 30, h -> h < 24 * 20 ? Usage.household(h) : 0));

        assertThat(d.raised(AlertType.LOW_USE))
                .singleElement()
                .satisfies(a -> assertThat(a.time()).isEqualTo(hour(24 * 27)));
    }
}
