package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.headwater.testkit.AlertBuilder.anAlert;

import java.time.Instant;
import java.util.UUID;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
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
}
