package org.headwater.app.notify;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.notify.*}: who is told about alerts, how, and when. Business hours and holidays
 * are in the utility's calendar ({@code headwater.utility.*}).
 *
 * @param enabled whether notification runs at all
 * @param tick how often (wall time) escalations and retries are checked
 * @param opens start of business hours, local time
 * @param closes end of business hours, local time
 * @param holidays local dates routed as holidays besides the public holidays of {@code headwater.utility.country}
 * @param escalateAfter how long the AMI manager has to acknowledge before the operator is notified
 * @param reminderEvery how often the last notified role is reminded until someone acknowledges
 * @param maxAttempts delivery attempts before a notification is FAILED
 * @param firstBackoff wait before the first retry; it doubles after each failure
 * @param emailFrom sender address of notification e-mails
 * @param webhookSecret shared HMAC-SHA256 secret of webhook signatures
 * @param smsUrl the SMS provider's HTTP API
 * @param smsToken bearer token for the SMS provider
 * @param smsTemplate JSON body with {@code {to}} and {@code {text}} placeholders
 * @param contacts the contact book loaded at start (personal data: stored in its own table)
 * @param routes routing rules replacing the defaults (table 6-2) when any is given
 * @param chains escalation chains for given alert types and periods, ahead of the default chains (table 6-3)
 */
@ConfigurationProperties("headwater.notify")
public record NotifyProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("PT5S") Duration tick,
        @DefaultValue("07:00") LocalTime opens,
        @DefaultValue("17:00") LocalTime closes,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("PT15M") Duration escalateAfter,
        @DefaultValue("PT10M") Duration reminderEvery,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT30S") Duration firstBackoff,
        @DefaultValue("headwater@localhost") String emailFrom,
        @DefaultValue("") String webhookSecret,
        @DefaultValue("") String smsUrl,
        @DefaultValue("") String smsToken,
        @DefaultValue("{\"to\":{to},\"text\":{text}}") String smsTemplate,
        @DefaultValue List<ContactProperties> contacts,
        @DefaultValue List<RouteProperties> routes,
        @DefaultValue List<ChainProperties> chains) {

    /** One contact: {@code channel} is EMAIL, WEBHOOK, SMS or DASHBOARD. */
    public record ContactProperties(String id, String role, String channel, String address) {}

    /**
     * One routing rule: alerts of {@code types} (any when empty) from {@code leastSeverity} up, in
     * {@code zones} (any when empty) and {@code periods} (BUSINESS_HOURS, AFTER_HOURS, HOLIDAY; any when
     * empty) go out on {@code channels}.
     */
    public record RouteProperties(
            String name,
            @DefaultValue List<String> types,
            @DefaultValue("LOW") String leastSeverity,
            @DefaultValue List<String> zones,
            @DefaultValue List<String> periods,
            List<String> channels) {}

    /** A chain for {@code types} in {@code periods} (all periods when empty): roles paged in order. */
    public record ChainProperties(
            List<String> types,
            @DefaultValue List<String> periods,
            List<StepProperties> steps,
            @DefaultValue("PT10M") java.time.Duration reminderEvery) {}

    /** One step of a chain: {@code role} is paged {@code after} the alert if nobody acknowledged. */
    public record StepProperties(
            String role, @DefaultValue("PT0S") java.time.Duration after) {}
}
