package org.headwater.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.headwater.analytics.calendar.PublicHolidays;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.notify.AlertSummary;
import org.headwater.notify.Channel;
import org.headwater.notify.EscalationStep;
import org.headwater.notify.Period;
import org.junit.jupiter.api.Test;

/** `headwater.notify.routes` and `chains`: routing by type, severity, zone and period, chains per alert type. */
class NotifySettingsTest {

    static NotifyProperties properties(
            List<NotifyProperties.RouteProperties> routes, List<NotifyProperties.ChainProperties> chains) {
        return new NotifyProperties(
                true,
                Duration.ofSeconds(5),
                LocalTime.of(7, 0),
                LocalTime.of(17, 0),
                List.of(),
                Duration.ofMinutes(15),
                Duration.ofMinutes(10),
                5,
                Duration.ofSeconds(30),
                "headwater@utility.example",
                "",
                "",
                "",
                "{\"to\":{to},\"text\":{text}}",
                List.of(),
                routes,
                chains);
    }

    @Test
    void theUtilitysPublicHolidaysAreRoutedAsHolidays() {
        // Thursday 24 November 2022 (Thanksgiving), 11:00 in Chicago: business hours on any other Thursday.
        UtilityCalendar chicago = PublicHolidays.calendar("America/Chicago", "US", "");
        var schedule =
                NotifySettings.from(properties(List.of(), List.of()), chicago).schedule();
        assertThat(schedule.periodAt(Instant.parse("2022-11-24T17:00:00Z"))).isEqualTo(Period.HOLIDAY);
        assertThat(schedule.periodAt(Instant.parse("2022-11-17T17:00:00Z"))).isEqualTo(Period.BUSINESS_HOURS);
        assertThat(schedule.zone()).isEqualTo(java.time.ZoneId.of("America/Chicago"));
    }

    static AlertSummary alert(AlertType type, Severity severity, String zone) {
        return new AlertSummary("M1/" + type + "/x", type, severity, "M1", zone, Instant.parse("2024-06-03T10:00:00Z"));
    }

    @Test
    void withoutRoutesTheTable62DefaultsApply() {
        NotifySettings settings = NotifySettings.from(properties(List.of(), List.of()));

        assertThat(settings.routing().channelsFor(alert(AlertType.BACKFLOW, Severity.HIGH, "Z1"), Period.AFTER_HOURS))
                .containsExactlyInAnyOrder(Channel.values());
        assertThat(settings.routing().channelsFor(alert(AlertType.LOW_USE, Severity.LOW, "Z1"), Period.AFTER_HOURS))
                .isEmpty();
    }

    @Test
    void aZoneRouteSendsOnlyThatZonesAlertsAndOnlyInItsPeriods() {
        NotifySettings settings = NotifySettings.from(properties(
                List.of(new NotifyProperties.RouteProperties(
                        "north-leaks-by-sms",
                        List.of("continuous_leak"),
                        "MEDIUM",
                        List.of("zone-north"),
                        List.of("after_hours", "holiday"),
                        List.of("SMS"))),
                List.of()));

        assertThat(settings.routing()
                        .channelsFor(
                                alert(AlertType.CONTINUOUS_LEAK, Severity.MEDIUM, "zone-north"), Period.AFTER_HOURS))
                .containsExactly(Channel.SMS);
        assertThat(settings.routing()
                        .channelsFor(
                                alert(AlertType.CONTINUOUS_LEAK, Severity.MEDIUM, "zone-south"), Period.AFTER_HOURS))
                .isEmpty();
        assertThat(settings.routing()
                        .channelsFor(
                                alert(AlertType.CONTINUOUS_LEAK, Severity.MEDIUM, "zone-north"), Period.BUSINESS_HOURS))
                .isEmpty();
        assertThat(settings.routing()
                        .channelsFor(alert(AlertType.BACKFLOW, Severity.HIGH, "zone-north"), Period.AFTER_HOURS))
                .as("configured routes replace the defaults")
                .isEmpty();
    }

    @Test
    void aChainForBackflowTakesPrecedenceOverTheDefaultChain() {
        NotifySettings settings = NotifySettings.from(properties(
                List.of(),
                List.of(new NotifyProperties.ChainProperties(
                        List.of("BACKFLOW"),
                        List.of(),
                        List.of(
                                new NotifyProperties.StepProperties("WATER_QUALITY_SUPERVISOR", Duration.ZERO),
                                new NotifyProperties.StepProperties("CONTROL_CENTER_OPERATOR", Duration.ofMinutes(5))),
                        Duration.ofMinutes(5)))));

        assertThat(settings.escalation()
                        .chainFor(AlertType.BACKFLOW, Period.BUSINESS_HOURS)
                        .steps())
                .extracting(EscalationStep::role)
                .containsExactly("WATER_QUALITY_SUPERVISOR", "CONTROL_CENTER_OPERATOR");
        assertThat(settings.escalation()
                        .chainFor(AlertType.TAMPER, Period.BUSINESS_HOURS)
                        .steps())
                .extracting(EscalationStep::role)
                .containsExactly(NotifySettings.AMI_MANAGER, NotifySettings.OPERATOR);
    }

    @Test
    void aBadValueIsRefusedNamingItsProperty() {
        assertThatThrownBy(() -> NotifySettings.from(properties(
                        List.of(new NotifyProperties.RouteProperties(
                                "r", List.of("BACKFLOW", "FOO"), "LOW", List.of(), List.of(), List.of("EMAIL"))),
                        List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("headwater.notify.routes[0].types: 'FOO' is not an alert type");
        assertThatThrownBy(() -> NotifySettings.from(properties(
                        List.of(new NotifyProperties.RouteProperties(
                                "r", List.of(), "LOW", List.of(), List.of(), List.of())),
                        List.of())))
                .hasMessageContaining("headwater.notify.routes[0]")
                .hasMessageContaining("channels must not be empty");
        assertThatThrownBy(() -> NotifySettings.from(properties(
                        List.of(),
                        List.of(new NotifyProperties.ChainProperties(
                                List.of("BACKFLOW"), List.of("weekends"), List.of(), Duration.ofMinutes(5))))))
                .hasMessageStartingWith("headwater.notify.chains[0].periods: 'weekends' is not a period");
    }

    // Found by fuzzing the documented example (mutant seed -9166064672472637984: a byte inserted into "steps:").
    @Test
    void aChainWithoutStepsIsRefusedNamingItsProperty() {
        assertThatThrownBy(() -> NotifySettings.from(properties(
                        List.of(),
                        List.of(new NotifyProperties.ChainProperties(
                                List.of("BACKFLOW"), List.of(), null, Duration.ofMinutes(5))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headwater.notify.chains[0].steps: escalation chain steps must not be empty");
    }

    @Test
    void aStepWithoutItsDelayIsRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> NotifySettings.from(properties(
                        List.of(),
                        List.of(new NotifyProperties.ChainProperties(
                                List.of("BACKFLOW"),
                                List.of(),
                                List.of(new NotifyProperties.StepProperties("AMI_MANAGER", null)),
                                Duration.ofMinutes(5))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headwater.notify.chains[0].steps: after is missing");
    }
}
