package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.headwater.workorder.EscalationLevels;
import org.junit.jupiter.api.Test;

/** What every {@link EscalationLevels} implementation must do; extend it and supply the implementation. */
public abstract class EscalationLevelsContract {

    private static final Instant QUEUED = Instant.parse("2025-05-06T03:00:00Z");

    /** A fresh, empty store. */
    protected abstract EscalationLevels levels();

    /** The same store as a restarted process would see it. */
    protected abstract EscalationLevels reopened();

    @Test
    void anOrderNeverEscalatedIsAtLevelZero() {
        assertThat(levels().reached("WO-000001", QUEUED)).isZero();
    }

    @Test
    void theHighestLevelPagedIsReadBackAfterARestart() {
        EscalationLevels levels = levels();
        levels.save("WO-000001", QUEUED, 1);
        levels.save("WO-000001", QUEUED, 2);
        levels.save("WO-000001", QUEUED, 1);

        assertThat(reopened().reached("WO-000001", QUEUED)).isEqualTo(2);
    }

    @Test
    void eachStayInTheQueueStartsAgainAndForgettingClearsThemAll() {
        EscalationLevels levels = levels();
        Instant again = QUEUED.plusSeconds(3600);
        levels.save("WO-000001", QUEUED, 2);
        levels.save("WO-000002", QUEUED, 1);

        assertThat(levels.reached("WO-000001", again)).isZero();
        levels.save("WO-000001", again, 1);
        levels.forget("WO-000001");

        assertThat(reopened().reached("WO-000001", QUEUED)).isZero();
        assertThat(reopened().reached("WO-000001", again)).isZero();
        assertThat(reopened().reached("WO-000002", QUEUED)).isEqualTo(1);
    }

    @Test
    void aLevelBelowOneIsRefused() {
        assertThatThrownBy(() -> levels().save("WO-000001", QUEUED, 0)).hasMessageContaining("level");
    }
}
