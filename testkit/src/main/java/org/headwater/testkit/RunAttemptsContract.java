package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.headwater.risk.PipeRisk;
import org.headwater.risk.RiskRun;
import org.headwater.risk.RiskRuns;
import org.headwater.risk.RunAttempt;
import org.headwater.risk.RunAttempts;
import org.headwater.risk.RunState;
import org.junit.jupiter.api.Test;

/** What every {@link RunAttempts} implementation must do. */
public abstract class RunAttemptsContract {

    private static final Instant START = Instant.parse("2024-05-02T02:00:00Z");

    protected abstract RunAttempts runAttempts();

    /** Where a succeeded attempt's run is stored. */
    protected abstract RiskRuns riskRuns();

    private RunAttempt find(long id) {
        return runAttempts().recent(1000).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aStartedRunIsListedRunningNewestFirst() {
        RunAttempt first = runAttempts().started("schedule", START);
        RunAttempt second = runAttempts().started("on demand by super", START.plusSeconds(60));

        assertThat(first.state()).isEqualTo(RunState.RUNNING);
        assertThat(first.finishedAt()).isNull();
        List<RunAttempt> recent = runAttempts().recent(2);
        assertThat(recent).extracting(RunAttempt::id).containsExactly(second.id(), first.id());
        assertThat(recent.get(0).trigger()).isEqualTo("on demand by super");
        assertThat(recent.get(0).startedAt()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void aFailedRunKeepsItsReasonAndEndTime() {
        RunAttempt started = runAttempts().started("schedule", START);

        runAttempts().failed(started.id(), START.plusSeconds(3), "no main breaks are stored");

        RunAttempt failed = find(started.id());
        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(failed.reason()).isEqualTo("no main breaks are stored");
        assertThat(failed.finishedAt()).isEqualTo(START.plusSeconds(3));
        assertThat(failed.runId()).isNull();
    }

    @Test
    void aSucceededRunNamesTheStoredRun() {
        RiskRun run = riskRuns()
                .save(
                        new RiskRun(
                                0,
                                START.plusSeconds(30),
                                "schedule",
                                "lightgbm test",
                                "trees=3",
                                LocalDate.parse("2012-05-02"),
                                LocalDate.parse("2024-05-02"),
                                1,
                                4,
                                30,
                                List.of(),
                                List.of()),
                        List.of(new PipeRisk(1, "P1", 10, 10, 0.2, 20, List.of())));
        RunAttempt started = runAttempts().started("schedule", START);

        runAttempts().succeeded(started.id(), START.plusSeconds(30), run.id());

        RunAttempt succeeded = find(started.id());
        assertThat(succeeded.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(succeeded.runId()).isEqualTo(run.id());
        assertThat(succeeded.reason()).isNull();
    }

    @Test
    void anEndedRunCannotEndAgainAndTheErrorNamesBothStates() {
        RunAttempt started = runAttempts().started("schedule", START);
        runAttempts().failed(started.id(), START.plusSeconds(1), "first");

        assertThatThrownBy(() -> runAttempts().failed(started.id(), START.plusSeconds(2), "second"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FAILED")
                .hasMessageContaining("to FAILED");
        assertThat(find(started.id()).reason()).isEqualTo("first");
        assertThatThrownBy(() -> runAttempts().failed(Long.MAX_VALUE, START, "x"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining(String.valueOf(Long.MAX_VALUE));
    }

    @Test
    void runsLeftRunningAreFailedWithTheGivenReason() {
        RunAttempt interrupted = runAttempts().started("schedule", START);

        int failed = runAttempts().failRunning(START.plusSeconds(600), "the server stopped during the run");

        assertThat(failed).isPositive();
        RunAttempt after = find(interrupted.id());
        assertThat(after.state()).isEqualTo(RunState.FAILED);
        assertThat(after.reason()).isEqualTo("the server stopped during the run");
        assertThat(after.finishedAt()).isEqualTo(START.plusSeconds(600));
    }
}
