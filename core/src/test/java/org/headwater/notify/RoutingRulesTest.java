package org.headwater.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.junit.jupiter.api.Test;

/** Routing by alert type, severity, zone and schedule (EPA 5.2), in the utility's local time. */
class RoutingRulesTest {

    static final ZoneId UTILITY = ZoneId.of("America/Chicago");
    static final UtilitySchedule SCHEDULE = new UtilitySchedule(
            UTILITY,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(7, 0),
            LocalTime.of(17, 0),
            Set.of(LocalDate.of(2024, 7, 4)));

    static final RoutingRules RULES = new RoutingRules(List.of(
            new RoutingRule("everything-high", Set.of(), Severity.HIGH, Set.of(), Set.of(), List.of(Channel.EMAIL)),
            new RoutingRule(
                    "backflow-off-hours",
                    Set.of(AlertType.BACKFLOW),
                    Severity.LOW,
                    Set.of(),
                    Set.of(Period.AFTER_HOURS, Period.HOLIDAY),
                    List.of(Channel.SMS)),
            new RoutingRule(
                    "north-zone", Set.of(), Severity.MEDIUM, Set.of("NORTH"), Set.of(), List.of(Channel.WEBHOOK))));

    static AlertSummary alert(AlertType type, Severity severity, String zone) {
        return new AlertSummary("a", type, severity, "M1", zone, Instant.parse("2024-06-03T15:00:00Z"));
    }

    @Test
    void theScheduleKnowsBusinessHoursAfterHoursAndHolidaysInLocalTime() {
        assertThat(SCHEDULE.periodAt(Instant.parse("2024-06-03T15:00:00Z"))).isEqualTo(Period.BUSINESS_HOURS);
        // 06:59 local on a Monday, though 11:59 UTC
        assertThat(SCHEDULE.periodAt(Instant.parse("2024-06-03T11:59:00Z"))).isEqualTo(Period.AFTER_HOURS);
        assertThat(SCHEDULE.periodAt(Instant.parse("2024-06-08T15:00:00Z"))).isEqualTo(Period.AFTER_HOURS);
        // Thursday 4 July at 10:00 local is a holiday
        assertThat(SCHEDULE.periodAt(Instant.parse("2024-07-04T15:00:00Z"))).isEqualTo(Period.HOLIDAY);
    }

    @Test
    void channelsFollowTypeSeverityZoneAndPeriod() {
        assertThat(RULES.channelsFor(alert(AlertType.BACKFLOW, Severity.HIGH, "SOUTH"), Period.BUSINESS_HOURS))
                .containsExactly(Channel.EMAIL);
        assertThat(RULES.channelsFor(alert(AlertType.BACKFLOW, Severity.HIGH, "SOUTH"), Period.HOLIDAY))
                .containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(RULES.channelsFor(alert(AlertType.TAMPER, Severity.MEDIUM, "NORTH"), Period.AFTER_HOURS))
                .containsExactly(Channel.WEBHOOK);
        assertThat(RULES.channelsFor(alert(AlertType.TAMPER, Severity.MEDIUM, null), Period.AFTER_HOURS))
                .isEmpty();
        assertThat(RULES.channelsFor(alert(AlertType.LOW_USE, Severity.LOW, "NORTH"), Period.BUSINESS_HOURS))
                .isEmpty();
    }

    @Test
    void badRulesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new RoutingRule("r", Set.of(), Severity.LOW, Set.of(), Set.of(), List.of()))
                .hasMessageContaining("routing rule r: channels");
        assertThatThrownBy(
                        () -> new UtilitySchedule(UTILITY, Set.of(), LocalTime.of(17, 0), LocalTime.of(7, 0), Set.of()))
                .hasMessageContaining("opens 17:00");
    }
}
