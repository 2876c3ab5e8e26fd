package org.headwater.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertLifecycleTest {

    private static final Instant T = Instant.parse("2024-05-01T08:00:00Z");

    private static Alert openBackflow() {
        return new Alert(
                Alert.idOf("m1", AlertType.BACKFLOW, T),
                AlertType.BACKFLOW,
                Severity.HIGH,
                "m1",
                "p1",
                "z1",
                null,
                T,
                Evidence.summary("reverse 8 L"),
                "backflow",
                1,
                null,
                AlertState.OPEN,
                null);
    }

    @Test
    void clearingIsRecordedWithItsTime() {
        Alert cleared = openBackflow().clear(T.plusSeconds(3600));

        assertThat(cleared.state()).isEqualTo(AlertState.CLEARED);
        assertThat(cleared.clearedAt()).isEqualTo(T.plusSeconds(3600));
        assertThat(cleared.state().active()).isFalse();
    }

    @Test
    void aClosedAlertCannotMoveAgain() {
        Alert closed = openBackflow().moveTo(AlertState.CLOSED);

        assertThatThrownBy(() -> closed.moveTo(AlertState.OPEN))
                .isInstanceOf(AlertStateChanges.IllegalAlertStateChange.class)
                .hasMessageContaining("from CLOSED to OPEN");
    }

    @Test
    void nothingMovesBackToOpen() {
        for (AlertState from : AlertState.values()) {
            assertThat(AlertStateChanges.isAllowed(from, AlertState.OPEN)).isFalse();
        }
    }

    @Test
    void anAlertCannotClearBeforeItWasRaised() {
        assertThatThrownBy(() -> openBackflow().clear(T.minusSeconds(1))).hasMessageContaining("clearedAt");
    }

    @Test
    void theIdIsStableSoAReplayProducesTheSameAlert() {
        assertThat(openBackflow().id()).isEqualTo("m1/BACKFLOW/2024-05-01T08:00:00Z");
        assertThat(openBackflow().conditionKey()).isEqualTo(new Alert.ConditionKey("m1", AlertType.BACKFLOW));
    }
}
