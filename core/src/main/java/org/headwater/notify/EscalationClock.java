package org.headwater.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The escalation step function: given where an alert stands and the injected clock's now, which
 * roles to notify and where it stands afterwards. Call it as often as you like; it only pages once
 * a step's delay or the reminder interval has passed.
 */
public final class EscalationClock {

    private final Clock clock;

    public EscalationClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The pages due now and the escalation after them. */
    public Tick step(Escalation escalation) {
        if (escalation.acknowledged()) {
            return new Tick(escalation, List.of());
        }
        Instant now = clock.instant();
        List<EscalationStep> steps = escalation.chain().steps();
        List<Page> pages = new ArrayList<>();
        Escalation current = escalation;
        // Every step whose delay has passed is paged, so a long pause does not skip anyone.
        while (current.reached() + 1 < steps.size()
                && !now.isBefore(current.startedAt()
                        .plus(steps.get(current.reached() + 1).after()))) {
            int next = current.reached() + 1;
            pages.add(new Page(
                    current.alert().alertId(),
                    steps.get(next).role(),
                    next == 0 ? Page.Kind.FIRST : Page.Kind.ESCALATION,
                    next));
            current = current.reaching(next, now);
        }
        if (pages.isEmpty() && current.reached() >= 0 && current.lastNoticeAt() != null) {
            Instant reminderDue = current.lastNoticeAt().plus(current.chain().reminderEvery());
            if (!now.isBefore(reminderDue)) {
                int step = current.reached();
                pages.add(new Page(current.alert().alertId(), steps.get(step).role(), Page.Kind.REMINDER, step));
                current = current.reaching(step, now);
            }
        }
        return new Tick(current, List.copyOf(pages));
    }

    /** The outcome of one step: the escalation afterwards and the pages to send. */
    public record Tick(Escalation escalation, List<Page> pages) {}
}
