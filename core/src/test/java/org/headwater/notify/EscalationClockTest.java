package org.headwater.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.junit.jupiter.api.Test;

/** EPA table 6-3 and 5.2: AMI manager first, then the control-center operator; reminders until acknowledged. */
class EscalationClockTest {

    static final ZoneId UTILITY = ZoneId.of("America/Chicago");
    // Monday 2024-06-03 10:00 in Chicago: business hours.
    static final Instant MONDAY_MORNING = Instant.parse("2024-06-03T15:00:00Z");
    // Monday 2024-06-03 22:00 in Chicago: after hours.
    static final Instant MONDAY_NIGHT = Instant.parse("2024-06-04T03:00:00Z");

    static final EscalationChain BUSINESS = new EscalationChain(
            List.of(
                    new EscalationStep("AMI_MANAGER", Duration.ZERO),
                    new EscalationStep("CONTROL_CENTER_OPERATOR", Duration.ofMinutes(15))),
            Duration.ofMinutes(10));
    static final EscalationChain AFTER_HOURS = new EscalationChain(
            List.of(new EscalationStep("CONTROL_CENTER_OPERATOR", Duration.ZERO)), Duration.ofMinutes(10));
    static final EscalationPolicy POLICY = new EscalationPolicy(
            Map.of(Period.BUSINESS_HOURS, BUSINESS, Period.AFTER_HOURS, AFTER_HOURS, Period.HOLIDAY, AFTER_HOURS),
            Map.of());

    final MovableClock clock = new MovableClock(MONDAY_MORNING);
    final EscalationClock escalations = new EscalationClock(clock);
    final UtilitySchedule schedule = UtilitySchedule.weekdays(UTILITY);
    final AlertSummary backflow = new AlertSummary(
            "M1/BACKFLOW/2024-06-03T15:00:00Z", AlertType.BACKFLOW, Severity.HIGH, "M1", "Z1", MONDAY_MORNING);

    Escalation started() {
        return Escalation.start(
                backflow, POLICY.chainFor(backflow.type(), schedule.periodAt(clock.instant())), clock.instant());
    }

    @Test
    void amiManagerFirstThenTheOperatorWhenNobodyAcknowledgesWithinTheDelay() {
        EscalationClock.Tick first = escalations.step(started());
        assertThat(first.pages()).containsExactly(new Page(backflow.alertId(), "AMI_MANAGER", Page.Kind.FIRST, 0));

        clock.advance(Duration.ofMinutes(9));
        assertThat(escalations.step(first.escalation()).pages()).isEmpty();

        clock.advance(Duration.ofMinutes(6)); // 15 minutes after the alert: the delay has passed
        EscalationClock.Tick second = escalations.step(first.escalation());
        assertThat(second.pages())
                .containsExactly(new Page(backflow.alertId(), "CONTROL_CENTER_OPERATOR", Page.Kind.ESCALATION, 1));
    }

    @Test
    void remindersRepeatUntilAcknowledgedAndAcknowledgementStopsEverything() {
        Escalation escalation = escalations.step(started()).escalation();
        clock.advance(Duration.ofMinutes(10));
        EscalationClock.Tick reminder = escalations.step(escalation);
        assertThat(reminder.pages())
                .containsExactly(new Page(backflow.alertId(), "AMI_MANAGER", Page.Kind.REMINDER, 0));
        assertThat(escalations.step(reminder.escalation()).pages())
                .as("not twice at the same moment")
                .isEmpty();

        clock.advance(Duration.ofMinutes(5));
        EscalationClock.Tick escalated = escalations.step(reminder.escalation());
        assertThat(escalated.pages()).extracting(Page::role).containsExactly("CONTROL_CENTER_OPERATOR");
        clock.advance(Duration.ofMinutes(10));
        EscalationClock.Tick operatorReminder = escalations.step(escalated.escalation());
        assertThat(operatorReminder.pages())
                .containsExactly(new Page(backflow.alertId(), "CONTROL_CENTER_OPERATOR", Page.Kind.REMINDER, 1));

        Escalation acknowledged = operatorReminder.escalation().acknowledge(clock.instant());
        clock.advance(Duration.ofHours(5));
        assertThat(escalations.step(acknowledged).pages()).isEmpty();
    }

    @Test
    void afterHoursTheOperatorIsNotifiedFirst() {
        clock.set(MONDAY_NIGHT);
        assertThat(escalations.step(started()).pages())
                .containsExactly(new Page(backflow.alertId(), "CONTROL_CENTER_OPERATOR", Page.Kind.FIRST, 0));
    }

    @Test
    void aLongPauseStillPagesEveryStepInOrder() {
        Escalation escalation = started();
        clock.advance(Duration.ofHours(1));
        assertThat(escalations.step(escalation).pages())
                .extracting(Page::role)
                .containsExactly("AMI_MANAGER", "CONTROL_CENTER_OPERATOR");
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant to) {
            now = to;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
