package org.headwater.detect.dma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.alert.ResolvedThresholds;
import org.headwater.forecast.ForecastHour;
import org.junit.jupiter.api.Test;

/** Minimum night flow analysis (IWA water balance, MNF) against the DMA's forecast, issue 7 item 5. */
class NightFlowRuleTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final NightFlowSettings SETTINGS = NightFlowSettings.from(ResolvedThresholds.defaults(), ROME);
    static final double FORECAST = 4.0;
    static final double UPPER = 4.5;
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    private final NightFlowRule rule = new NightFlowRule();

    @Test
    void defaultsAreTwoNightsFromTwoToFourLocalAndAQuarterAboveTheForecast() {
        assertThat(SETTINGS.window()).isEqualTo(NightWindow.standard(ROME));
        assertThat(SETTINGS.nights()).isEqualTo(2);
        assertThat(SETTINGS.excessRatio()).isEqualTo(0.25);
    }

    @Test
    void aLeakStartingMidWeekRaisesOneAlertAfterTheSecondNightAboveTheBound() {
        List<AlertEvent> events = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            // Wednesday onwards: 1.5 L/s more at night than the forecast's upper bound allows.
            double actual = day >= 2 ? 6.0 : 4.1;
            events.addAll(rule.evaluate(night(MONDAY.plusDays(day), actual, true), SETTINGS, 3));
        }

        assertThat(events).hasSize(1);
        Alert alert = ((AlertEvent.AlertRaised) events.getFirst()).alert();
        LocalDate thursday = MONDAY.plusDays(3);
        assertThat(alert.type()).isEqualTo(AlertType.DMA_NIGHT_FLOW);
        assertThat(alert.sourceId()).isEqualTo("DMA-1");
        assertThat(alert.zoneId()).isEqualTo("DMA-1");
        assertThat(alert.thresholdVersion()).isEqualTo(3);
        assertThat(alert.time()).isEqualTo(SETTINGS.window().end(thursday));
        assertThat(alert.id()).isEqualTo(Alert.idOf("DMA-1", AlertType.DMA_NIGHT_FLOW, alert.time()));
        assertThat(alert.evidence().summary())
                .contains("2 consecutive nights")
                .contains("2026-03-11: 6.00 L/s against a limit of 4.50 L/s (upper bound; forecast 4.00 L/s)")
                .contains("2026-03-12: 6.00 L/s");
    }

    @Test
    void oneNoisyNightDoesNotRaise() {
        List<AlertEvent> events = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            double actual = day == 3 ? 8.0 : 4.2;
            events.addAll(rule.evaluate(night(MONDAY.plusDays(day), actual, true), SETTINGS, 0));
        }

        assertThat(events).isEmpty();
    }

    @Test
    void aNightBackWithinTheBoundClearsTheAlertAndANewLeakRaisesANewOne() {
        List<AlertEvent> events = new ArrayList<>();
        double[] nights = {6, 6, 6, 4.1, 6, 6};
        for (int day = 0; day < nights.length; day++) {
            events.addAll(rule.evaluate(night(MONDAY.plusDays(day), nights[day], true), SETTINGS, 0));
        }

        assertThat(events).hasSize(3);
        String first = events.get(0).alertId();
        AlertEvent.AlertCleared cleared = (AlertEvent.AlertCleared) events.get(1);
        assertThat(cleared.alertId()).isEqualTo(first);
        assertThat(cleared.time()).isEqualTo(SETTINGS.window().end(MONDAY.plusDays(3)));
        assertThat(cleared.reason()).contains("back within its limit").contains("4.10 L/s");
        assertThat(events.get(2)).isInstanceOf(AlertEvent.AlertRaised.class);
        assertThat(events.get(2).alertId()).isNotEqualTo(first);
    }

    @Test
    void withoutAnIntervalTheLimitIsTheForecastPlusTheExcessRatio() {
        // 4.0 x 1.25 = 5.0 L/s: 4.9 is within, 5.1 above.
        assertThat(rule.evaluate(night(MONDAY, 4.9, false), SETTINGS, 0)).isEmpty();
        assertThat(rule.evaluate(night(MONDAY.plusDays(1), 4.9, false), SETTINGS, 0))
                .isEmpty();
        assertThat(rule.evaluate(night(MONDAY.plusDays(2), 5.1, false), SETTINGS, 0))
                .isEmpty();
        List<AlertEvent> raised = rule.evaluate(night(MONDAY.plusDays(3), 5.1, false), SETTINGS, 0);

        assertThat(raised).hasSize(1);
        assertThat(((AlertEvent.AlertRaised) raised.getFirst())
                        .alert()
                        .evidence()
                        .summary())
                .contains("5.10 L/s against a limit of 5.00 L/s (forecast + excess ratio");
    }

    @Test
    void missingActualsAreNoEvidence() {
        List<AlertEvent> events = new ArrayList<>();
        // Above, missing hour, above: the two nights above are not consecutive.
        events.addAll(rule.evaluate(night(MONDAY, 6, true), SETTINGS, 0));
        events.addAll(rule.evaluate(withoutLastActualHour(MONDAY.plusDays(1), 6), SETTINGS, 0));
        events.addAll(rule.evaluate(night(MONDAY.plusDays(2), 6, true), SETTINGS, 0));
        assertThat(events).isEmpty();

        events.addAll(rule.evaluate(night(MONDAY.plusDays(3), 6, true), SETTINGS, 0));
        // An open alert is not cleared by a night without data either.
        events.addAll(rule.evaluate(withoutLastActualHour(MONDAY.plusDays(4), 4.0), SETTINGS, 0));

        assertThat(events).singleElement().isInstanceOf(AlertEvent.AlertRaised.class);
    }

    @Test
    void theDstNightsHaveOneHourLessAndOneMoreAndStillRaise() {
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        LocalDate fallBack = LocalDate.of(2026, 10, 25);
        NightWindow window = SETTINGS.window();

        // 02:00 does not exist on 29 March: 03:00-04:00 CEST; on 25 October 02:00 CEST to 04:00 CET.
        assertThat(window.hours(springForward)).containsExactly(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(window.hours(fallBack))
                .containsExactly(
                        Instant.parse("2026-10-25T00:00:00Z"),
                        Instant.parse("2026-10-25T01:00:00Z"),
                        Instant.parse("2026-10-25T02:00:00Z"));
        assertThat(rule.evaluate(night(springForward.minusDays(1), 6, true), SETTINGS, 0))
                .isEmpty();
        assertThat(rule.evaluate(night(springForward, 6, true), SETTINGS, 0))
                .singleElement()
                .satisfies(e -> assertThat(e.time()).isEqualTo(Instant.parse("2026-03-29T02:00:00Z")));
    }

    @Test
    void aRestoredOpenAlertIsNotRaisedAgainAndEarlierNightsCannotClearIt() {
        rule.evaluate(night(MONDAY, 6, true), SETTINGS, 0);
        Alert open = ((AlertEvent.AlertRaised) rule.evaluate(night(MONDAY.plusDays(1), 6, true), SETTINGS, 0)
                        .getFirst())
                .alert();
        NightFlowRule restarted = new NightFlowRule();
        restarted.restore(open);

        // A restart re-feeds the last nights: the one inside the limit before the alert changes nothing.
        assertThat(restarted.evaluate(night(MONDAY.minusDays(1), 4.0, true), SETTINGS, 0))
                .isEmpty();
        assertThat(restarted.evaluate(night(MONDAY.plusDays(1), 6, true), SETTINGS, 0))
                .isEmpty();
        assertThat(restarted.evaluate(night(MONDAY.plusDays(2), 6, true), SETTINGS, 0))
                .isEmpty();
        assertThat(restarted.evaluate(night(MONDAY.plusDays(3), 4.0, true), SETTINGS, 0))
                .singleElement()
                .isInstanceOf(AlertEvent.AlertCleared.class);
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new NightWindow(ROME, 4, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("night_flow_end_hour")
                .hasMessageContaining("2");
    }

    private static NightFlow night(LocalDate date, double actual, boolean withInterval) {
        Map<Instant, Double> actuals = new HashMap<>();
        Map<Instant, ForecastHour> forecast = new HashMap<>();
        for (Instant hour : SETTINGS.window().hours(date)) {
            actuals.put(hour, actual);
            forecast.put(
                    hour,
                    new ForecastHour(
                            hour, FORECAST, withInterval ? 3.5 : Double.NaN, withInterval ? UPPER : Double.NaN));
        }
        return NightFlow.measure("DMA-1", date, SETTINGS.window(), actuals, forecast, SETTINGS.excessRatio());
    }

    private static NightFlow withoutLastActualHour(LocalDate date, double actual) {
        NightFlow full = night(date, actual, true);
        Map<Instant, Double> actuals = new HashMap<>();
        Map<Instant, ForecastHour> forecast = new HashMap<>();
        List<Instant> hours = SETTINGS.window().hours(date);
        for (Instant hour : hours) {
            forecast.put(hour, new ForecastHour(hour, FORECAST, 3.5, UPPER));
        }
        actuals.put(hours.getFirst(), actual);
        NightFlow partial =
                NightFlow.measure("DMA-1", date, SETTINGS.window(), actuals, forecast, SETTINGS.excessRatio());
        assertThat(full.hasEvidence()).isTrue();
        assertThat(partial.hasEvidence()).isFalse();
        return partial;
    }
}
