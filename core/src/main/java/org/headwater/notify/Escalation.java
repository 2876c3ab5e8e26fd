package org.headwater.notify;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where one alert stands on its chain.
 *
 * @param alert the alert being escalated
 * @param chain the chain chosen when it was raised
 * @param startedAt when notification started (wall time)
 * @param reached index of the last step notified; -1 before the first
 * @param lastNoticeAt when the last page (step or reminder) went out
 * @param acknowledgedAt when someone acknowledged; escalation stops then
 */
public record Escalation(
        AlertSummary alert,
        EscalationChain chain,
        Instant startedAt,
        int reached,
        @Nullable Instant lastNoticeAt,
        @Nullable Instant acknowledgedAt) {

    public Escalation {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public static Escalation start(AlertSummary alert, EscalationChain chain, Instant now) {
        return new Escalation(alert, chain, now, -1, null, null);
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    Escalation reaching(int step, Instant at) {
        return new Escalation(alert, chain, startedAt, step, at, acknowledgedAt);
    }

    public Escalation acknowledge(Instant at) {
        return new Escalation(alert, chain, startedAt, reached, lastNoticeAt, at);
    }
}
