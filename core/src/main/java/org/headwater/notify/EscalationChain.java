package org.headwater.notify;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Who is notified in turn until someone acknowledges, and how often the last one notified is
 * reminded meanwhile.
 */
public record EscalationChain(List<EscalationStep> steps, Duration reminderEvery) {

    public EscalationChain {
        Objects.requireNonNull(reminderEvery, "reminderEvery");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("escalation chain steps must not be empty");
        }
        if (!reminderEvery.isPositive()) {
            throw new IllegalArgumentException("escalation chain reminderEvery must be positive: " + reminderEvery);
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).after().compareTo(steps.get(i - 1).after()) < 0) {
                throw new IllegalArgumentException(
                        "escalation step " + i + " (" + steps.get(i).role() + ") comes after "
                                + steps.get(i).after() + ", before the step ahead of it");
            }
        }
    }
}
