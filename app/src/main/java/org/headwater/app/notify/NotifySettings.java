package org.headwater.app.notify;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;
import org.headwater.calendar.UtilityCalendar;
import org.headwater.notify.Channel;
import org.headwater.notify.Contact;
import org.headwater.notify.EscalationChain;
import org.headwater.notify.EscalationPolicy;
import org.headwater.notify.EscalationStep;
import org.headwater.notify.Period;
import org.headwater.notify.RetryPolicy;
import org.headwater.notify.RoutingRule;
import org.headwater.notify.RoutingRules;
import org.headwater.notify.UtilitySchedule;

/** {@link NotifyProperties} turned into the domain; a bad value is refused naming its property. */
public record NotifySettings(
        UtilitySchedule schedule,
        RoutingRules routing,
        EscalationPolicy escalation,
        RetryPolicy retry,
        List<Contact> contacts) {

    public static final String AMI_MANAGER = "AMI_MANAGER";
    public static final String OPERATOR = "CONTROL_CENTER_OPERATOR";
    private static final String PREFIX = "headwater.notify.";

    /** In UTC without public holidays (tests and tools); the server passes the utility's calendar. */
    public static NotifySettings from(NotifyProperties p) {
        return from(p, UtilityCalendar.utc());
    }

    public static NotifySettings from(NotifyProperties p, UtilityCalendar calendar) {
        UtilitySchedule schedule = field(
                "opens",
                () -> new UtilitySchedule(
                        calendar,
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        p.opens(),
                        p.closes(),
                        Set.copyOf(p.holidays())));
        RetryPolicy retry = field(
                "max-attempts",
                () -> new RetryPolicy(
                        p.maxAttempts(), p.firstBackoff(), p.firstBackoff().multipliedBy(64)));
        EscalationChain business = field(
                "escalate-after",
                () -> new EscalationChain(
                        List.of(
                                new EscalationStep(AMI_MANAGER, Duration.ZERO),
                                new EscalationStep(OPERATOR, p.escalateAfter())),
                        p.reminderEvery()));
        EscalationChain afterHours = field(
                "reminder-every",
                () -> new EscalationChain(List.of(new EscalationStep(OPERATOR, Duration.ZERO)), p.reminderEvery()));
        // Table 6-3: outside business hours the control-center operator does the AMI manager's duties.
        EscalationPolicy escalation = new EscalationPolicy(
                Map.of(Period.BUSINESS_HOURS, business, Period.AFTER_HOURS, afterHours, Period.HOLIDAY, afterHours),
                chainsByType(p.chains()));
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < p.contacts().size(); i++) {
            NotifyProperties.ContactProperties c = p.contacts().get(i);
            contacts.add(field(
                    "contacts[" + i + "]", () -> new Contact(c.id(), c.role(), channel(c.channel()), c.address())));
        }
        requireFor(contacts, Channel.WEBHOOK, p.webhookSecret(), "webhook-secret");
        requireFor(contacts, Channel.SMS, p.smsUrl(), "sms-url");
        RoutingRules routing = p.routes().isEmpty() ? defaultRouting() : routes(p.routes());
        return new NotifySettings(schedule, routing, escalation, retry, contacts);
    }

    private static RoutingRules routes(List<NotifyProperties.RouteProperties> configured) {
        List<RoutingRule> rules = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            NotifyProperties.RouteProperties r = configured.get(i);
            String at = "routes[" + i + "]";
            String name = r.name() == null || r.name().isBlank() ? "route-" + i : r.name();
            Set<AlertType> types = values(r.types(), AlertType.class, at + ".types", "an alert type");
            Severity least = value(r.leastSeverity(), Severity.class, at + ".least-severity", "a severity");
            Set<Period> periods = values(r.periods(), Period.class, at + ".periods", "a period");
            List<Channel> channels = List.copyOf(values(r.channels(), Channel.class, at + ".channels", "a channel"));
            rules.add(field(at, () -> new RoutingRule(name, types, least, Set.copyOf(r.zones()), periods, channels)));
        }
        return new RoutingRules(rules);
    }

    private static Map<AlertType, Map<Period, EscalationChain>> chainsByType(
            List<NotifyProperties.ChainProperties> configured) {
        Map<AlertType, Map<Period, EscalationChain>> byType = new java.util.EnumMap<>(AlertType.class);
        for (int i = 0; i < configured.size(); i++) {
            NotifyProperties.ChainProperties c = configured.get(i);
            String at = "chains[" + i + "]";
            Set<AlertType> types = values(c.types(), AlertType.class, at + ".types", "an alert type");
            if (types.isEmpty()) {
                throw new IllegalArgumentException(PREFIX + at + ".types must name at least one alert type");
            }
            Set<Period> periods = c.periods().isEmpty()
                    ? EnumSet.allOf(Period.class)
                    : values(c.periods(), Period.class, at + ".periods", "a period");
            EscalationChain chain = field(
                    at + ".steps",
                    // no steps key (misspelled or left out) reads as null: refused as an empty chain, by name
                    () -> new EscalationChain(
                            (c.steps() == null ? List.<NotifyProperties.StepProperties>of() : c.steps())
                                    .stream()
                                            .map(step -> new EscalationStep(step.role(), step.after()))
                                            .toList(),
                            c.reminderEvery()));
            for (AlertType type : types) {
                for (Period period : periods) {
                    byType.computeIfAbsent(type, t -> new java.util.EnumMap<>(Period.class))
                            .put(period, chain);
                }
            }
        }
        return byType;
    }

    private static <E extends Enum<E>> Set<E> values(List<String> names, Class<E> type, String property, String what) {
        Set<E> parsed = EnumSet.noneOf(type);
        for (String name : names == null ? List.<String>of() : names) {
            parsed.add(value(name, type, property, what));
        }
        return parsed;
    }

    private static <E extends Enum<E>> E value(String name, Class<E> type, String property, String what) {
        try {
            return Enum.valueOf(type, String.valueOf(name).trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + property + ": '" + name + "' is not " + what + " (one of "
                    + List.of(type.getEnumConstants()) + ")");
        }
    }

    /** Table 6-2: backflow and tamper go out on every channel at once; other alerts from HIGH upwards. */
    static RoutingRules defaultRouting() {
        List<Channel> all = List.of(Channel.values());
        return new RoutingRules(List.of(
                new RoutingRule(
                        "backflow-and-tamper",
                        EnumSet.of(AlertType.BACKFLOW, AlertType.TAMPER, AlertType.BACKFLOW_AND_TAMPER),
                        Severity.LOW,
                        Set.of(),
                        Set.of(),
                        all),
                new RoutingRule("high-and-critical", Set.of(), Severity.HIGH, Set.of(), Set.of(), all)));
    }

    private static Channel channel(String name) {
        try {
            return Channel.valueOf(String.valueOf(name).trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("channel '" + name + "' is not one of " + List.of(Channel.values()));
        }
    }

    private static void requireFor(List<Contact> contacts, Channel channel, String value, String property) {
        if (value.isBlank() && contacts.stream().anyMatch(c -> c.channel() == channel)) {
            throw new IllegalArgumentException(PREFIX + property + " must be set when a contact uses " + channel);
        }
    }

    private static <T> T field(String property, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + property + ": " + e.getMessage(), e);
        } catch (NullPointerException e) {
            // requireNonNull names the value; the JVM's own message names our code, not the setting
            String named = e.getMessage() == null || e.getMessage().startsWith("Cannot ") ? "a value" : e.getMessage();
            throw new IllegalArgumentException(PREFIX + property + ": " + named + " is missing", e);
        }
    }
}
