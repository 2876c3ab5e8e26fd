package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headwater.testkit.AlertBuilder.anAlert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertCount;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertQuery;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.DailyAlertCount;
import org.junit.jupiter.api.Test;

/** What every {@link org.headwater.alert.Alerts} implementation must do; extend it and supply the implementation. */
public abstract class AlertsContract {

    /** A store that may already hold data from other tests; each test uses its own source ids. */
    protected abstract org.headwater.alert.Alerts alerts();

    private static String freshSource() {
        return "m-" + UUID.randomUUID();
    }

    @Test
    void aReplayedAlertIsStoredOnce() {
        Alert alert = anAlert().from(freshSource()).build();

        alerts().add(alert);
        alerts().add(alert);

        assertThat(alerts().raisedBetween(alert.time(), alert.time().plusSeconds(1)))
                .filteredOn(a -> a.sourceId().equals(alert.sourceId()))
                .containsExactly(alert);
    }

    @Test
    void clearingIsRecordedAndTheConditionIsNoLongerActive() {
        // Issue 3 item 3: one open alert per condition until it clears; clearing is recorded.
        Alert alert = anAlert().from(freshSource()).of(AlertType.TAMPER).build();
        Instant clearedAt = alert.time().plusSeconds(3600);

        alerts().record(new AlertEvent.AlertRaised(alert));
        assertThat(alerts().active(alert.conditionKey())).contains(alert);
        alerts().record(new AlertEvent.AlertCleared(alert.id(), alert.conditionKey(), clearedAt, "flow resumed"));

        assertThat(alerts().find(alert.id())).hasValueSatisfying(a -> {
            assertThat(a.state()).isEqualTo(AlertState.CLEARED);
            assertThat(a.clearedAt()).isEqualTo(clearedAt);
        });
        assertThat(alerts().active(alert.conditionKey())).isEmpty();
        assertThat(alerts().active()).doesNotContain(alert);
    }

    @Test
    void anAlertClosedBeforeItsConditionClearedKeepsItsStateAndGainsTheTime() {
        Alert alert = anAlert().from(freshSource()).build();
        alerts().add(alert);
        alerts().update(alert.moveTo(AlertState.CLOSED));

        alerts().record(new AlertEvent.AlertCleared(
                alert.id(), alert.conditionKey(), alert.time().plusSeconds(60), "forward flow"));

        assertThat(alerts().find(alert.id())).hasValueSatisfying(a -> {
            assertThat(a.state()).isEqualTo(AlertState.CLOSED);
            assertThat(a.clearedAt()).isNotNull();
        });
    }

    @Test
    void updatingAnUnknownAlertIsRefused() {
        Alert never = anAlert().from(freshSource()).build();

        assertThatThrownBy(() -> alerts().update(never)).hasMessageContaining(never.id());
    }

    @Test
    void alertsComeBackOldestFirst() {
        String meter = freshSource();
        Alert later = anAlert()
                .from(meter)
                .of(AlertType.BACKFLOW)
                .at("2024-05-01T12:00:00Z")
                .build();
        Alert earlier = anAlert()
                .from(meter)
                .of(AlertType.TAMPER)
                .at("2024-05-01T11:00:00Z")
                .build();
        alerts().add(later);
        alerts().add(earlier);

        assertThat(alerts().raisedBetween(Instant.parse("2024-05-01T00:00:00Z"), Instant.parse("2024-05-02T00:00:00Z")))
                .filteredOn(a -> a.sourceId().equals(meter))
                .containsExactly(earlier, later);
    }

    @Test
    void searchAppliesEveryFilterAndListsNewestFirstUpToTheLimit() {
        String meter = freshSource();
        Alert first = anAlert()
                .from(meter)
                .of(AlertType.BACKFLOW)
                .at("2024-06-01T10:00:00Z")
                .build();
        Alert second = anAlert()
                .from(meter)
                .of(AlertType.TAMPER)
                .at("2024-06-01T11:00:00Z")
                .build();
        Alert third = anAlert()
                .from(meter)
                .of(AlertType.BACKFLOW)
                .at("2024-06-01T12:00:00Z")
                .build();
        List.of(first, second, third).forEach(alerts()::add);
        AlertQuery ofMeter = AlertQuery.latest(100).from(meter);

        assertThat(alerts().search(ofMeter)).containsExactly(third, second, first);
        assertThat(alerts().search(new AlertQuery(AlertType.BACKFLOW, null, null, meter, null, null, 100)))
                .containsExactly(third, first);
        assertThat(alerts().search(ofMeter.between(first.time(), third.time()))).containsExactly(second, first);
        assertThat(alerts().search(AlertQuery.latest(1).from(meter))).containsExactly(third);
        assertThat(alerts().search(new AlertQuery(null, AlertState.CLOSED, null, meter, null, null, 100)))
                .isEmpty();
    }

    @Test
    void countsPerTypeAndStateFollowEachNewAlertAndEachMove() {
        Alert open = anAlert().from(freshSource()).of(AlertType.CONTINUOUS_LEAK).build();
        Alert acknowledged =
                anAlert().from(freshSource()).of(AlertType.CONTINUOUS_LEAK).build();
        long openBefore = count(AlertType.CONTINUOUS_LEAK, AlertState.OPEN);
        long acknowledgedBefore = count(AlertType.CONTINUOUS_LEAK, AlertState.ACKNOWLEDGED);

        alerts().add(open);
        alerts().add(acknowledged);
        alerts().update(acknowledged.moveTo(AlertState.ACKNOWLEDGED));

        assertThat(count(AlertType.CONTINUOUS_LEAK, AlertState.OPEN)).isEqualTo(openBefore + 1);
        assertThat(count(AlertType.CONTINUOUS_LEAK, AlertState.ACKNOWLEDGED)).isEqualTo(acknowledgedBefore + 1);
        assertThat(alerts().countsByTypeAndState())
                .allSatisfy(c -> assertThat(c.count()).isPositive())
                .isSortedAccordingTo(
                        Comparator.comparing((AlertCount c) -> c.type().name())
                                .thenComparing(c -> c.state().name()));
    }

    private long count(AlertType type, AlertState state) {
        return alerts().countsByTypeAndState().stream()
                .filter(c -> c.type() == type && c.state() == state)
                .mapToLong(AlertCount::count)
                .sum();
    }

    @Test
    void alertsAreCountedPerUtcDayAndTypeWithinThePeriodOnly() {
        // A day of its own, long past, so that alerts of other tests in the same store do not count.
        LocalDate day =
                LocalDate.of(1600, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(100_000));
        Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        alerts().add(anAlert()
                .from(freshSource())
                .of(AlertType.BACKFLOW)
                .at(midnight.plusSeconds(3600))
                .build());
        alerts().add(anAlert()
                .from(freshSource())
                .of(AlertType.BACKFLOW)
                .at(midnight.minusSeconds(1))
                .build());
        alerts().add(anAlert()
                .from(freshSource())
                .of(AlertType.TAMPER)
                .at(midnight.plusSeconds(86_399))
                .build());
        alerts().add(anAlert()
                .from(freshSource())
                .of(AlertType.BACKFLOW)
                .at(midnight.plusSeconds(86_400))
                .build());
        alerts().add(anAlert()
                .from(freshSource())
                .of(AlertType.TAMPER)
                .at(midnight.plusSeconds(2 * 86_400))
                .build());

        assertThat(alerts().countsByDayAndType(midnight, midnight.plusSeconds(2 * 86_400)))
                .containsExactly(
                        new DailyAlertCount(day, AlertType.BACKFLOW, 1),
                        new DailyAlertCount(day, AlertType.TAMPER, 1),
                        new DailyAlertCount(day.plusDays(1), AlertType.BACKFLOW, 1));
    }
}
