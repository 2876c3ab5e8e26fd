package org.headwater.app.risk;

import java.time.Clock;
import java.util.function.Supplier;
import org.headwater.risk.RiskRun;
import org.headwater.risk.RunAttempt;
import org.headwater.risk.RunAttempts;
import org.headwater.text.Plural;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Records every break-risk run as RUNNING when it starts and SUCCEEDED or FAILED (with the reason)
 * when it ends, so a run that fails in the background is listed, not only logged. At start-up a run
 * still RUNNING was cut off by the server stopping, and is failed with that reason.
 */
@Component
public class RunRecording implements SmartInitializingSingleton {

    static final String INTERRUPTED = "the server stopped before the run finished";

    private static final Logger log = LoggerFactory.getLogger(RunRecording.class);

    private final RunAttempts attempts;
    private final Clock clock;

    public RunRecording(RunAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Runs {@code run}, recording its start and its end; a failure is recorded, then rethrown. */
    public RiskRun record(String trigger, Supplier<RiskRun> run) {
        RunAttempt attempt = attempts.started(trigger, clock.instant());
        RiskRun done;
        try {
            done = run.get();
        } catch (RuntimeException e) {
            try {
                attempts.failed(attempt.id(), clock.instant(), reason(e));
            } catch (RuntimeException notRecorded) {
                // the run's own failure is what the caller must see; the recording failure travels with it
                e.addSuppressed(notRecorded);
            }
            throw e;
        }
        attempts.succeeded(attempt.id(), clock.instant(), done.id());
        return done;
    }

    /** The message a user reads in the run list: the exception's own words, else what kind of failure. */
    static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int interrupted = attempts.failRunning(clock.instant(), INTERRUPTED);
        if (interrupted > 0) {
            log.warn(
                    "{} still RUNNING from before this start: listed as FAILED",
                    Plural.of(interrupted, "break-risk run"));
        }
    }
}
